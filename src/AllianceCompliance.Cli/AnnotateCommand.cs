using System.CommandLine;
using System.IO.Packaging;
using System.Xml;
using AllianceCompliance.Cli.Docx;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace AllianceCompliance.Cli;

/// <summary>
/// <c>alliance-check annotate AGREEMENT.yaml --draft DRAFT.docx --output REVIEWED.docx</c>: checks
/// the agreement and writes a copy of its Word draft with each finding as a comment on the article
/// it concerns. The draft itself is only read.
/// </summary>
internal static class AnnotateCommand
{
    /// <summary>The largest part of a draft read, in characters: a real agreement's text is a few hundred thousand.</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static Command Create(Terminal terminal)
    {
        var agreement = new Argument<string>("agreement") { Description = "The agreement file (YAML) that describes the draft." };
        var draft = new Option<FileInfo>("--draft") { Description = "The draft agreement as a Word document (.docx); it is only read.", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the reviewed copy of the draft (never the draft itself).", Required = true };
        var lang = new Option<string>("--lang") { Description = "The language of the comments.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");

        var command = new Command("annotate", "Write a copy of a Word draft of the agreement with each finding as a comment on its article.")
        {
            agreement, draft, output, lang,
        };
        command.SetAction(parsed => Execute(
            terminal,
            parsed.GetValue(agreement)!,
            parsed.GetValue(draft)!,
            parsed.GetValue(output)!,
            parsed.GetValue(lang) == "zh-CN" ? Language.Chinese : Language.English));
        return command;
    }

    private static int Execute(Terminal terminal, string agreement, FileInfo draft, FileInfo output, Language language)
    {
        if (string.Equals(Path.GetFullPath(draft.FullName), Path.GetFullPath(output.FullName), StringComparison.Ordinal))
        {
            terminal.Error.WriteLine($"alliance-check: --output is the draft itself ({draft.FullName}); the draft is never written: give another file.");
            return ExitCode.Invalid;
        }

        var checkedAt = terminal.Time.GetLocalNow();
        var document = new AgreementChecker(GuidingOpinions.RuleSet) { Time = terminal.Time }.CheckFile(agreement);
        if (document.Verdict == Verdict.Invalid)
        {
            foreach (var error in document.Findings)
            {
                terminal.Error.WriteLine($"{document.Path}:{error.Location.Line}:{error.Location.Column}: error {error.RuleId} {error.Message.English}");
            }

            terminal.Error.WriteLine($"alliance-check: the agreement '{agreement}' could not be checked; nothing was written.");
            return ExitCode.Invalid;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(draft.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"alliance-check: cannot read the draft {draft.FullName}: {e.Message}");
            return ExitCode.Invalid;
        }

        var review = DocumentReview.Of(document, new ReportOptions(language) { SourceText = SourceFiles.Read });
        using var copy = new MemoryStream();
        copy.Write(bytes);
        DraftAnnotator.Placed placed;
        try
        {
            using var word = WordprocessingDocument.Open(copy, true, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (word.MainDocumentPart?.Document?.Body is null)
            {
                throw new InvalidDataException("it has no document body");
            }

            placed = DraftAnnotator.Annotate(word, review, language, checkedAt);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            terminal.Error.WriteLine($"alliance-check: {draft.FullName} is not a Word document (.docx) that can be read: {e.Message}");
            return ExitCode.Invalid;
        }

        try
        {
            AtomicFile.Write(output.FullName, (Stream stream) => stream.Write(copy.GetBuffer(), 0, (int)copy.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"alliance-check: cannot write the reviewed draft to {output.FullName}: {e.Message}");
            return ExitCode.Invalid;
        }

        terminal.Error.WriteLine($"alliance-check: reviewed draft written to {output.FullName}: {placed.OnArticles} finding(s) commented on their articles, {placed.InSummary} in the summary comment at the start.");
        return document.Findings.Any(f => !f.Waived && f.Severity == Severity.Error) ? ExitCode.Findings : ExitCode.Success;
    }
}

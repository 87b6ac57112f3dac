using System.CommandLine;
using System.IO.Packaging;
using System.Xml;
using AllianceCompliance.Cli.Docx;
using AllianceCompliance.Files;
using AllianceCompliance.Loading;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Resources;
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

    public static Command Create(Terminal terminal, CliSyntax syntax)
    {
        var help = syntax.Language;
        var agreement = new Argument<string>("agreement") { Description = Words.Cli.AnnotateAgreement.In(help), HelpName = Words.Cli.NameAgreement.In(help) };
        var draft = syntax.Valued(new Option<FileInfo>("--draft") { Description = Words.Cli.AnnotateDraft.In(help), HelpName = Words.Cli.NameDraft.In(help) });
        var output = syntax.Valued(new Option<FileInfo>("--output", "-o") { Description = Words.Cli.AnnotateOutput.In(help), HelpName = Words.Cli.NameFile.In(help) });
        var lang = syntax.OneOf(new Option<string?>("--lang") { Description = Words.Cli.AnnotateLang.In(help) }, Locale.Names);

        var command = new Command("annotate", Words.Cli.Annotate.In(help))
        {
            agreement, draft, output, lang,
        };
        syntax.Require(command, agreement, Words.Cli.MissingAgreement);
        syntax.Require(command, draft);
        syntax.Require(command, output);
        command.SetAction(parsed => Execute(
            terminal,
            parsed.GetValue(agreement)!,
            parsed.GetValue(draft)!,
            parsed.GetValue(output)!,
            syntax.LanguageOf(parsed.GetValue(lang))));
        return command;
    }

    private static int Execute(Terminal terminal, string agreement, FileInfo draft, FileInfo output, Language language)
    {
        void Say(LocalizedText message) => terminal.Error.Tell(language, Printable.Text(message.In(language)));

        // The draft and the agreement are only read: an output that is either of them is refused before anything is read.
        var outputNode = FileNode.Of(output.FullName);
        foreach (var input in new[] { draft.FullName, Path.GetFullPath(agreement) })
        {
            if (outputNode.SameFileAs(FileNode.Of(input)) || string.Equals(input, output.FullName, StringComparison.Ordinal))
            {
                Say(CliWords.OutputIsDraft(output.FullName, input));
                return ExitCode.Invalid;
            }
        }

        var checkedAt = terminal.Time.GetLocalNow();
        var document = new AgreementChecker(GuidingOpinions.RuleSet) { Time = terminal.Time, KeepText = true }.CheckFile(agreement);
        if (document.Verdict == Verdict.Invalid)
        {
            foreach (var error in document.Findings)
            {
                terminal.Error.WriteLine($"{Printable.Text(document.Path)}:{error.Location.Line}:{error.Location.Column}: {ReportWords.Of(error.Severity, language)} {error.RuleId} {Printable.Text(error.Message.In(language))}");
            }

            Say(CliWords.AgreementNotChecked(agreement));
            return ExitCode.Invalid;
        }

        byte[] bytes;
        try
        {
            if (FileNode.Of(draft.FullName) is { Kind: not FileKind.Regular } node)
            {
                Say(CliWords.CannotReadDraft(draft.FullName, node.Problem ?? node.Kind switch
                {
                    FileKind.Missing => Words.Os.NotFound.Format(draft.FullName),
                    FileKind.Directory => Words.Os.IsDirectory.Format(draft.FullName),
                    _ => CliWords.NotARegularFile,
                }));
                return ExitCode.Invalid;
            }

            bytes = File.ReadAllBytes(draft.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Say(CliWords.CannotReadDraft(draft.FullName, OsErrors.Describe(e, draft.FullName)));
            return ExitCode.Invalid;
        }

        var review = DocumentReview.Of(document, new ReportOptions(language) { SourceText = d => d.Text });
        using var copy = new MemoryStream();
        copy.Write(bytes);
        DraftAnnotator.Placed placed;
        try
        {
            using var word = WordprocessingDocument.Open(copy, true, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (word.MainDocumentPart?.Document?.Body is null)
            {
                Say(CliWords.NotAWordDocument(draft.FullName, Words.Cli.DocxNoBody));
                return ExitCode.Invalid;
            }

            placed = DraftAnnotator.Annotate(word, review, language, checkedAt);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            // Not a ZIP package, or one without the parts of a Word document: our own words; anything else in the library's.
            var reason = e is OpenXmlPackageException or InvalidDataException or FileFormatException ? Words.Cli.DocxNotAPackage : Words.Cli.DocxOther.Format(e.Message);
            Say(CliWords.NotAWordDocument(draft.FullName, reason));
            return ExitCode.Invalid;
        }

        try
        {
            using var target = ReportFile.Open(output.FullName, terminal, out var refused);
            if (target is null || target.StandardStream is not null)
            {
                Say(refused ?? CliWords.ReviewedDraftNeedsFile);
                return ExitCode.Invalid;
            }

            target.Write((Stream stream) => stream.Write(copy.GetBuffer(), 0, (int)copy.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Say(CliWords.CannotWrite(output.FullName, OsErrors.Describe(e, output.FullName)));
            return ExitCode.Invalid;
        }

        Say(CliWords.DraftAnnotated(output.FullName, placed.OnArticles, placed.InSummary));
        return document.Findings.Any(f => !f.Waived && f.Severity == Severity.Error) ? ExitCode.Findings : ExitCode.Success;
    }
}

using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Cli;

/// <summary>
/// <c>alliance-check init</c>: writes an agreement skeleton to fill in, commented in English or
/// Chinese. The skeletons are the files in <c>Templates/</c>, embedded in the tool.
/// </summary>
internal static class InitCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "The file to write; standard output when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string>("--lang") { Description = "The language of the skeleton's comments.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists." };
        var command = new Command("init", "Write an agreement skeleton to fill in: each section with the Art. 8 requirement it answers and what to write.")
        {
            file, lang, force,
        };
        command.SetAction(parsed =>
        {
            var skeleton = Skeleton(parsed.GetValue(lang)!);
            if (parsed.GetValue(file) is not { } target)
            {
                terminal.Out.Write(skeleton);
                return ExitCode.Success;
            }

            var path = target.FullName;
            if (Directory.Exists(path))
            {
                return Refuse(terminal, CliWords.InitIsDirectory(path));
            }

            if (File.Exists(path) && !parsed.GetValue(force))
            {
                return Refuse(terminal, CliWords.InitExists(path));
            }

            try
            {
                using var written = ReportFile.Open(path, terminal, out var refused);
                if (written is null)
                {
                    return Refuse(terminal, refused!);
                }

                if (written.StandardStream is { } own)
                {
                    own.Write(skeleton);
                    return ExitCode.Success;
                }

                written.Write(text => text.Write(skeleton));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Refuse(terminal, CliWords.CannotWriteFile(path, e.Message));
            }

            terminal.Error.WriteLine($"alliance-check: {Printable.Text(CliWords.SkeletonWritten(path, target.Name).English)}");
            return ExitCode.Success;
        });
        return command;
    }

    private static int Refuse(Terminal terminal, LocalizedText message)
    {
        terminal.Error.WriteLine($"alliance-check: {Printable.Text(message.English)}");
        return ExitCode.Invalid;
    }

    /// <summary>The skeleton in a language (<c>en</c> or <c>zh-CN</c>), as embedded from <c>Templates/agreement.{lang}.yaml</c>.</summary>
    public static string Skeleton(string language)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream($"AllianceCompliance.Cli.Templates.agreement.{language}.yaml")
            ?? throw new InvalidOperationException($"No agreement skeleton for the language '{language}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}

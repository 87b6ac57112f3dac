using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>
/// <c>alliance-check init</c>: writes an agreement skeleton to fill in, commented in English or
/// Chinese. The skeletons are the files in <c>Templates/</c>, embedded in the tool.
/// </summary>
internal static class InitCommand
{
    public static Command Create(Terminal terminal, CliSyntax syntax)
    {
        var help = syntax.Language;
        var file = new Argument<FileInfo?>("FILE") { Description = Words.Cli.InitFile.In(help), HelpName = Words.Cli.NameFile.In(help), Arity = ArgumentArity.ZeroOrOne };
        var lang = syntax.OneOf(new Option<string?>("--lang") { Description = Words.Cli.InitLang.In(help) }, Locale.Names);
        var force = new Option<bool>("--force") { Description = Words.Cli.InitForce.In(help) };
        var command = new Command("init", Words.Cli.Init.In(help))
        {
            file, lang, force,
        };
        command.SetAction(parsed =>
        {
            var language = syntax.LanguageOf(parsed.GetValue(lang));
            var skeleton = Skeleton(language == Language.Chinese ? Locale.Chinese : Locale.English);
            if (parsed.GetValue(file) is not { } target)
            {
                terminal.Out.Write(skeleton);
                return ExitCode.Success;
            }

            var path = target.FullName;
            if (Directory.Exists(path))
            {
                return Refuse(terminal, language, CliWords.InitIsDirectory(path));
            }

            if (File.Exists(path) && !parsed.GetValue(force))
            {
                return Refuse(terminal, language, CliWords.InitExists(path));
            }

            try
            {
                using var written = ReportFile.Open(path, terminal, out var refused);
                if (written is null)
                {
                    return Refuse(terminal, language, refused!);
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
                return Refuse(terminal, language, CliWords.CannotWriteFile(path, OsErrors.Describe(e, path).In(language)));
            }

            terminal.Error.Tell(language, Printable.Text(CliWords.SkeletonWritten(path, target.Name).In(language)));
            return ExitCode.Success;
        });
        return command;
    }

    private static int Refuse(Terminal terminal, Language language, LocalizedText message)
    {
        terminal.Error.Tell(language, Printable.Text(message.In(language)));
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

using System.CommandLine;

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

            if (Directory.Exists(target.FullName))
            {
                terminal.Error.WriteLine($"alliance-check: {target.FullName} is a directory; give the path of the file to write.");
                return ExitCode.Invalid;
            }

            if (target.Exists && !parsed.GetValue(force))
            {
                terminal.Error.WriteLine($"alliance-check: {target.FullName} already exists; it was left as it is. Use --force to replace it.");
                return ExitCode.Invalid;
            }

            try
            {
                AtomicFile.Write(target.FullName, text => text.Write(skeleton));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"alliance-check: cannot write {target.FullName}: {e.Message}");
                return ExitCode.Invalid;
            }

            terminal.Error.WriteLine($"alliance-check: agreement skeleton written to {target.FullName}; fill in its empty values, then run 'alliance-check check {target.Name}'.");
            return ExitCode.Success;
        });
        return command;
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

using System.CommandLine;
using System.CommandLine.Help;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using System.Reflection;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>The <c>alliance-check</c> command: parses the command line and runs a sub-command.</summary>
internal static class AllianceCheck
{
    public static string Version { get; } =
        typeof(AllianceCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>The tool's command, as the help's usage lines write it.</summary>
    public const string ToolName = "alliance-check";

    private static readonly (string Name, Func<Terminal, CliSyntax, Command> Create)[] Commands =
    [
        ("check", CheckCommand.Create),
        ("annotate", AnnotateCommand.Create),
        ("rules", RulesCommand.Create),
        ("schema", SchemaCommand.Create),
        ("init", InitCommand.Create),
    ];

    /// <summary>Runs the command; never throws, and never lets a stack trace reach the user.</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        var language = Locale.Of(args, terminal);
        using var parserWords = Locale.ParserWords(language);
        var syntax = new CliSyntax(language);
        var root = new RootCommand(Words.Cli.Description.In(language));
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => Words.Cli.HelpOption.In(language),
                VersionOption => Words.Cli.VersionOption.In(language),
                _ => option.Description,
            };
            if (option is HelpOption)
            {
                option.Action = new HelpWriter(syntax);
            }
        }

        // Before the command, --lang chooses the language of help and messages (Locale.Of reads it before parsing).
        root.Options.Add(syntax.OneOf(new Option<string?>("--lang") { Description = Words.Cli.RootLang.In(language) }, Locale.Names));
        root.SetAction(_ =>
        {
            terminal.Error.Tell(language, Words.Cli.Message, Words.Cli.MissingCommand.Format(string.Join(Words.ValueSeparator.In(language), Commands.Select(c => c.Name))).In(language));
            terminal.Error.Line(language, Words.Cli.Usage);
            return ExitCode.Invalid;
        });

        // Only the sub-command being run is built (with its options, validators and report formats):
        // the others are start-up time a check does not use. Anything else (help, a misspelt
        // command) gets them all.
        var only = args is [var first, ..] && Commands.Any(c => c.Name == first) ? first : null;
        foreach (var (name, create) in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(create(terminal, syntax));
            }
        }

        // Words that are no command, option or argument are reported by CliSyntax.Errors, in our words.
        foreach (var command in root.Subcommands.Prepend(root))
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        try
        {
            var parsed = root.Parse(args, Parsing);
            var errors = parsed.Action is HelpWriter ? [] : syntax.Errors(parsed).Concat(Refused(parsed, args, language)).Distinct().ToList();
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    terminal.Error.Tell(language, Words.Cli.Message, Printable.Text(error));
                }

                terminal.Error.Line(language, Words.Cli.Usage);
                return ExitCode.Invalid;
            }

            var exit = parsed.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
            terminal.Out.Flush();
            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Standard output is full (/dev/full), closed (its descriptor then names another file,
            // or none), or a pipe whose reader has gone: every file the run reads or writes is
            // reported where it is used, so what reaches here is a standard stream.
            WriteSafely(terminal.Error, ReportWords.Say(Words.Cli.Prefix, language, Printable.Text(CliWords.CannotWriteStandardOutput(OsErrors.Describe(e, Words.Os.StandardOutput)).In(language))));
            return ExitCode.Invalid;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            WriteSafely(terminal.Error, ReportWords.Say(Words.Cli.Prefix, language, Printable.Text(Words.Cli.InternalError.Format(e.Message).In(language))));
            WriteSafely(terminal.Error, Words.Cli.PleaseReport.In(language));
            return ExitCode.Invalid;
        }
    }

    /// <summary>
    /// A file name is never read as an option: no bundling of short options (a file named
    /// <c>-ob.yaml</c> that <c>*.yaml</c> expands to is a file, not <c>-o b.yaml</c>), and no
    /// response files (a file named <c>@x.yaml</c> is a file, not a list of arguments).
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { EnablePosixBundling = false, ResponseFileTokenReplacer = null };

    /// <summary>
    /// What the parser accepts but the tool refuses, before <c>--</c>: a word that looks like an
    /// option but is none (it would be taken for a file), and <c>--output</c> with its value
    /// attached (<c>-o=b.yaml</c>, <c>--output:b.yaml</c>), which a file name could spell.
    /// </summary>
    private static IEnumerable<string> Refused(ParseResult parsed, string[] args, Language language)
    {
        foreach (var token in parsed.Tokens.TakeWhile(t => t.Type != System.CommandLine.Parsing.TokenType.DoubleDash))
        {
            var value = token.Value;
            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && value.StartsWith("--", StringComparison.Ordinal))
            {
                yield return CliWords.UnknownOption(value).In(language);
            }
        }

        foreach (var word in args.TakeWhile(w => w != "--"))
        {
            if (word.StartsWith("-o=", StringComparison.Ordinal) || word.StartsWith("-o:", StringComparison.Ordinal)
                || word.StartsWith("--output=", StringComparison.Ordinal) || word.StartsWith("--output:", StringComparison.Ordinal))
            {
                yield return CliWords.AttachedOutput(word).In(language);
            }
        }
    }

    private static void WriteSafely(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left.
        }
    }
}

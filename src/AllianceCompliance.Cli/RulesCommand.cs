using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check rules</c>: prints the rule catalogue, the load errors and every rule of the rule set.</summary>
internal static class RulesCommand
{
    public static Command Create(Terminal terminal, CliSyntax syntax)
    {
        var help = syntax.Language;
        var format = syntax.OneOf(
            new Option<string>("--format", "-f") { Description = Words.Cli.RulesFormat.In(help), DefaultValueFactory = _ => "text" },
            [.. RuleCatalog.Formats]);
        var lang = syntax.OneOf(new Option<string?>("--lang") { Description = Words.Cli.RulesLang.In(help) }, Locale.Names);
        var output = syntax.Valued(new Option<string?>("--output", "-o") { Description = Words.Cli.RulesOutput.In(help), HelpName = Words.Cli.NameFile.In(help) });
        var command = new Command("rules", Words.Cli.Rules.In(help))
        {
            format, lang, output,
        };
        command.SetAction(parsed =>
        {
            var language = syntax.LanguageOf(parsed.GetValue(lang));
            var rules = Catalogue();
            var chosen = parsed.GetValue(format)!;
            if (parsed.GetValue(output) is not { } named || named == InputExpander.StandardInput)
            {
                RuleCatalog.Write(rules, terminal.Out, chosen, language);
                return ExitCode.Success;
            }

            try
            {
                using var target = ReportFile.Open(named, terminal, out var refused);
                if (target is null)
                {
                    terminal.Error.Tell(language, Printable.Text(refused!.In(language)));
                    return ExitCode.Invalid;
                }

                if (target.StandardStream is { } own)
                {
                    RuleCatalog.Write(rules, own, chosen, language);
                    return ExitCode.Success;
                }

                target.Write(text => RuleCatalog.Write(rules, text, chosen, language));
                terminal.Error.Tell(language, Printable.Text(CliWords.CatalogueWritten(target.Shown).In(language)));
                return ExitCode.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                terminal.Error.Tell(language, Printable.Text(CliWords.CannotWrite(Path.GetFullPath(named), OsErrors.Describe(e, named)).In(language)));
                return ExitCode.Invalid;
            }
        });
        return command;
    }

    /// <summary>Every rule the tool can report: the load errors and the rule set's rules.</summary>
    public static IReadOnlyList<RuleDescriptor> Catalogue() => [.. LoadErrors.All, .. WaiverRules.All, .. GuidingOpinions.RuleSet.Rules];
}

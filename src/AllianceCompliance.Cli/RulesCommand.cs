using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check rules</c>: prints the rule catalogue, the load errors and every rule of the rule set.</summary>
internal static class RulesCommand
{
    public static Command Create(Terminal terminal)
    {
        var format = new Option<string>("--format", "-f") { Description = "The catalogue format; json and markdown give both languages.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. RuleCatalog.Formats]);
        var lang = new Option<string>("--lang") { Description = "The language of the text format and of fixed texts.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var output = new Option<string?>("--output", "-o") { Description = "Write the catalogue to this file (a regular file is replaced whole; a device or FIFO is written to) instead of standard output." };
        var command = new Command("rules", "Print the rule catalogue: every rule with its condition, severity, citation, title, message and remediation.")
        {
            format, lang, output,
        };
        command.SetAction(parsed =>
        {
            var language = parsed.GetValue(lang) == "zh-CN" ? Language.Chinese : Language.English;
            var rules = Catalogue();
            var chosen = parsed.GetValue(format)!;
            if (parsed.GetValue(output) is not { } named)
            {
                RuleCatalog.Write(rules, terminal.Out, chosen, language);
                return ExitCode.Success;
            }

            try
            {
                using var target = ReportFile.Open(named, terminal, out var refused);
                if (target is null)
                {
                    terminal.Error.WriteLine($"alliance-check: {Printable.Text(refused!.English)}");
                    return ExitCode.Invalid;
                }

                if (target.StandardStream is { } own)
                {
                    RuleCatalog.Write(rules, own, chosen, language);
                    return ExitCode.Success;
                }

                target.Write(text => RuleCatalog.Write(rules, text, chosen, language));
                terminal.Error.WriteLine($"alliance-check: {Printable.Text(CliWords.CatalogueWritten(target.Shown).English)}");
                return ExitCode.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"alliance-check: {Printable.Text(CliWords.CannotWrite(Path.GetFullPath(named), e.Message).English)}");
                return ExitCode.Invalid;
            }
        });
        return command;
    }

    /// <summary>Every rule the tool can report: the load errors and the rule set's rules.</summary>
    public static IReadOnlyList<RuleDescriptor> Catalogue() => [.. LoadErrors.All, .. WaiverRules.All, .. GuidingOpinions.RuleSet.Rules];
}

using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check rules</c>: prints the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create(Terminal terminal)
    {
        var lang = new Option<string>("--lang") { Description = "The language of titles and messages.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var command = new Command("rules", "Print the rule catalogue: every rule id with its condition, severity, citation and title.") { lang };
        command.SetAction(parsed =>
        {
            var language = parsed.GetValue(lang) == "zh-CN" ? Language.Chinese : Language.English;
            foreach (var rule in LoadErrors.All.Concat(GuidingOpinions.RuleSet.Rules))
            {
                terminal.Out.WriteLine($"{rule.Id}\t{rule.Condition ?? "load"}\t{WireNames.Of(rule.Severity)}\t{rule.Title.In(language)}\t{rule.Citation}");
            }

            return ExitCode.Success;
        });
        return command;
    }
}

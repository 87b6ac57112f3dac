using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting;

/// <summary>The rule catalogue as text in one language: a line per rule, then its citation, message and remediation.</summary>
internal static class TextCatalog
{
    public static void Write(IReadOnlyList<RuleDescriptor> rules, TextWriter output, Language language)
    {
        foreach (var rule in rules)
        {
            var condition = rule.Condition is { } id ? ReportWords.Name(Condition.Get(id), language) : Words.Load.In(language);
            output.WriteLine(ReportWords.Say(Words.Label, language, $"{rule.Id} {condition} {ReportWords.Of(rule.Severity, language)}", rule.Title.In(language)));
            output.WriteLine("    " + ReportWords.Label(Words.Basis, ReportWords.Of(rule.Basis, language), language));
            output.WriteLine("    " + ReportWords.Label(Words.Cites, ReportWords.Citation(rule, language), language));
            if (rule.Rationale is not null)
            {
                output.WriteLine("    " + ReportWords.Label(Words.Why, rule.Rationale.In(language), language));
            }

            output.WriteLine("    " + ReportWords.Label(Words.MessageRow, rule.Message.In(language), language));
            output.WriteLine("    " + ReportWords.Label(Words.Fix, rule.Remediation.In(language), language));
            if (!rule.Phrases.IsEmpty)
            {
                output.WriteLine($"    {ReportWords.ReactsTo(language)}: {string.Join(" | ", rule.Phrases)}");
            }

            if (!rule.Expects.IsEmpty)
            {
                output.WriteLine($"    {ReportWords.LooksFor(language)}: {string.Join(" | ", rule.Expects)}");
            }
        }

        output.WriteLine(ReportWords.Say(Words.RuleCount, language, rules.Count));
    }
}

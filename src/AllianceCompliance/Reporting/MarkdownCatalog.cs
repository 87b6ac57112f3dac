using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting;

/// <summary>
/// The rule catalogue as Markdown (the source of <c>rules/RULES.md</c>): an index table, then a
/// section per rule, headed by its id so that <c>#ac112</c> links to it, with both languages side by side.
/// </summary>
internal static class MarkdownCatalog
{
    /// <summary>The command that writes <c>rules/RULES.md</c> (a command line, in no language).</summary>
    private const string RegenerateCommand = "dotnet run --project src/AllianceCompliance.Cli -- rules --format markdown --lang en --output rules/RULES.md";

    public static void Write(IReadOnlyList<RuleDescriptor> rules, TextWriter output, Language language)
    {
        output.WriteLine($"# {Words.CatalogueTitle.In(language)}");
        output.WriteLine();
        output.WriteLine(Words.CatalogueGenerated.In(language));
        output.WriteLine();
        output.WriteLine("```sh");
        output.WriteLine(RegenerateCommand);
        output.WriteLine("```");
        output.WriteLine();
        output.WriteLine($"| {string.Join(" | ", new[] { Words.IdColumn, Words.ConditionColumn, Words.SeverityColumn, Words.BasisColumn, Words.TitleColumn }.Select(w => w.In(language)))} |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var rule in rules)
        {
            output.WriteLine($"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {Condition(rule, language)} | {ReportWords.Of(rule.Severity, language)} | {ReportWords.Of(rule.Basis, language)} | {MarkdownText.Escape(rule.Title.In(language))} |");
        }

        foreach (var group in rules.GroupBy(r => r.Condition))
        {
            output.WriteLine();
            output.WriteLine(group.Key is not { } id
                ? $"## {Words.LoadErrorsHeading.In(language)}"
                : $"## {ReportWords.Say(Words.Label, language, ReportWords.Name(Findings.Condition.Get(id), language), MarkdownText.Escape(Findings.Condition.Get(id).Title.In(language)))}");
            foreach (var rule in group)
            {
                WriteRule(output, rule, language);
            }
        }
    }

    private static void WriteRule(TextWriter output, RuleDescriptor rule, Language language)
    {
        output.WriteLine();
        output.WriteLine($"### {rule.Id}");
        output.WriteLine();
        output.WriteLine($"- {ReportWords.Label(Words.ConditionLabel, Condition(rule, language), language)}");
        output.WriteLine($"- {ReportWords.Label(Words.SeverityLabel, ReportWords.Of(rule.Severity, language), language)}");
        output.WriteLine($"- {ReportWords.Label(Words.BasisLabel, ReportWords.Of(rule.Basis, language), language)}");
        output.WriteLine();
        output.WriteLine($"| | {Words.LanguageName.English} | {Words.LanguageName.Chinese} |");
        output.WriteLine("|---|---|---|");
        Row(output, Words.TitleColumn.In(language), rule.Title);
        Row(output, Words.MessageRow.In(language), rule.Message);
        Row(output, Words.RemediationRow.In(language), rule.Remediation);
        Row(output, Words.CitationRow.In(language), new(ReportWords.Citation(rule, Language.English), ReportWords.Citation(rule, Language.Chinese)));
        if (rule.Rationale is not null)
        {
            Row(output, Words.WhyRow.In(language), rule.Rationale);
        }

        if (!rule.Phrases.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine($"{ReportWords.ReactsTo(language)}: {MarkdownText.Escape(string.Join(" | ", rule.Phrases))}");
        }

        if (!rule.Expects.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine($"{ReportWords.LooksFor(language)}: {MarkdownText.Escape(string.Join(" | ", rule.Expects))}");
        }
    }

    private static void Row(TextWriter output, string label, LocalizedText text) =>
        output.WriteLine($"| {label} | {MarkdownText.Escape(text.English)} | {MarkdownText.Escape(text.Chinese)} |");

    private static string Condition(RuleDescriptor rule, Language language) =>
        rule.Condition is { } id ? ReportWords.Name(Findings.Condition.Get(id), language) : Words.Load.In(language);
}

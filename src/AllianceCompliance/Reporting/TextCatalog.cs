using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>The rule catalogue as text in one language: a line per rule, then its citation, message and remediation.</summary>
internal static class TextCatalog
{
    public static void Write(IReadOnlyList<RuleDescriptor> rules, TextWriter output, Language language)
    {
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);
        foreach (var rule in rules)
        {
            var condition = rule.Condition ?? T("load", "加载");
            output.WriteLine($"{rule.Id} {condition} {ReportWords.Of(rule.Severity, language)}: {rule.Title.In(language)}");
            output.WriteLine($"    {T("basis", "性质")}: {ReportWords.Of(rule.Basis, language)}");
            output.WriteLine($"    {T("cites", "依据")}: {rule.Citation.In(language)}");
            if (rule.Rationale is not null)
            {
                output.WriteLine($"    {T("why", "理由")}: {rule.Rationale.In(language)}");
            }

            output.WriteLine($"    {T("message", "消息")}: {rule.Message.In(language)}");
            output.WriteLine($"    {T("fix", "修改建议")}: {rule.Remediation.In(language)}");
        }

        output.WriteLine(T($"{rules.Count} rule(s).", $"共 {rules.Count} 条规则。"));
    }
}

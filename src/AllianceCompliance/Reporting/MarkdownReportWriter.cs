using System.Globalization;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes GitHub-flavoured Markdown fit for a pull-request comment (<c>--format markdown</c>): per
/// document a heading with its verdict, the table of conditions, then the findings. Every piece of
/// agreement text is escaped, so it renders as text.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "markdown";

    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language;
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);

        output.WriteLine(T("# Alliance agreement compliance report", "# 联盟协议合规检查报告"));
        output.WriteLine();
        output.WriteLine(T(
            $"Checked by alliance-check {report.ToolVersion} against rule set {report.RuleSetId} {report.RuleSetVersion}.",
            $"由 alliance-check {report.ToolVersion} 按规则集 {report.RuleSetId} {report.RuleSetVersion} 检查。"));
        output.WriteLine();
        output.WriteLine(MarkdownText.Escape(ReportWords.Summary(report.Summary, language)));
        foreach (var document in report.Documents)
        {
            output.WriteLine();
            WriteDocument(output, document, language);
        }
    }

    private static void WriteDocument(TextWriter output, DocumentReport document, Language language)
    {
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);
        var verdict = ReportWords.Of(document.Verdict, language);
        output.WriteLine($"## {MarkdownText.Escape(document.Path)}: {verdict.ToUpperInvariant()}");
        output.WriteLine();
        if (document.Alliance is not null)
        {
            output.WriteLine($"{T("Alliance", "联盟")}: {MarkdownText.Escape(document.Alliance)}");
            output.WriteLine();
        }

        output.WriteLine(T("| Condition | Title | Status | Findings |", "| 条件 | 名称 | 状态 | 问题数 |"));
        output.WriteLine("|---|---|---|---:|");
        foreach (var result in document.Conditions)
        {
            var status = ReportWords.Of(result.Status, language);
            var shown = result.Status == ConditionStatus.NotMet ? $"**{status}**" : status;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {result.Condition.Id} | {MarkdownText.Escape(result.Condition.Title.In(language))} | {shown} | {result.Findings} |"));
        }

        output.WriteLine();
        output.WriteLine(T("### Findings", "### 问题"));
        output.WriteLine();
        if (document.Findings.IsEmpty)
        {
            output.WriteLine(T("No findings.", "未发现问题。"));
            return;
        }

        foreach (var finding in document.Findings)
        {
            WriteFinding(output, document, finding, language);
        }
    }

    private static void WriteFinding(TextWriter output, DocumentReport document, Finding finding, Language language)
    {
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);
        var severity = ReportWords.Of(finding.Severity, language);
        var waived = finding.Waived ? T(" (waived)", "（已豁免）") : string.Empty;
        output.WriteLine(
            $"- **{severity}{waived}** `{finding.RuleId}` {T("at", "位于")} {MarkdownText.Escape(ReportWords.Position(document, finding))}: " +
            MarkdownText.Escape(finding.Message.In(language)));
        foreach (var (label, value) in ReportWords.Details(finding, language))
        {
            output.WriteLine($"  - {label}: {MarkdownText.Escape(value)}");
        }
    }
}

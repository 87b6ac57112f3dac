using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

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

        output.WriteLine($"# {Words.ReportTitle.In(language)}");
        output.WriteLine();
        output.WriteLine(ReportWords.Say(Words.CheckedBy, language, report.ToolVersion, report.RuleSetId, report.RuleSetVersion));
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
        var verdict = ReportWords.Of(document.Verdict, language);
        output.WriteLine($"## {ReportWords.Say(Words.Label, language, MarkdownText.Escape(document.Path), verdict.ToUpperInvariant())}");
        output.WriteLine();
        if (document.Alliance is not null)
        {
            output.WriteLine(ReportWords.Label(Words.AllianceLabel, MarkdownText.Escape(document.Alliance), language));
            output.WriteLine();
        }

        if (document.Fixed is not null)
        {
            output.WriteLine(ReportWords.Comparison(document, language));
            output.WriteLine();
        }

        output.WriteLine($"| {string.Join(" | ", new[] { Words.ConditionLabel, Words.TitleLabel, Words.StatusLabel, Words.FindingsLabel }.Select(w => w.In(language)))} |");
        output.WriteLine("|---|---|---|---:|");
        foreach (var result in document.Conditions)
        {
            var status = ReportWords.Of(result.Status, language);
            var shown = result.Status == ConditionStatus.NotMet ? $"**{status}**" : status;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {ReportWords.Name(result.Condition, language)} | {MarkdownText.Escape(result.Condition.Title.In(language))} | {shown} | {result.Findings} |"));
        }

        output.WriteLine();
        output.WriteLine($"### {Words.FindingsHeading.In(language)}");
        output.WriteLine();
        if (document.Findings.IsEmpty)
        {
            output.WriteLine(Words.NoFindings.In(language));
            return;
        }

        foreach (var finding in document.Findings)
        {
            WriteFinding(output, document, finding, language);
        }
    }

    private static void WriteFinding(TextWriter output, DocumentReport document, Finding finding, Language language)
    {
        var severity = ReportWords.Of(finding.Severity, language) + ReportWords.Waived(finding, language);
        var at = $"{Words.FindingAt.In(language)} {MarkdownText.Escape(ReportWords.Position(document, finding))}";
        output.WriteLine($"- **{severity}** `{finding.RuleId}` {ReportWords.Say(Words.Label, language, at, MarkdownText.Escape(finding.Message.In(language)))}");
        foreach (var (label, value) in ReportWords.Details(finding, language))
        {
            output.WriteLine($"  - {ReportWords.Say(Words.Label, language, label, MarkdownText.Escape(value))}");
        }
    }
}

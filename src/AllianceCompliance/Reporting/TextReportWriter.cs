using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes findings the way compilers print diagnostics, <c>file:line:column: severity ruleId message</c>,
/// each followed by its citation and remediation, then a verdict line per document and a summary.
/// Text from the agreement is printed through <see cref="Printable"/>, so it cannot forge lines or
/// send terminal escapes.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";
    private const string Green = "\u001b[32m";

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var zh = options.Language == Language.Chinese;
        string Paint(string text, string color) => options.Color ? color + text + Reset : text;

        foreach (var document in report.Documents)
        {
            foreach (var finding in document.Findings)
            {
                var severity = WireNames.Of(finding.Severity);
                var color = finding.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
                output.Write($"{Printable.Text(document.Path)}:{finding.Location.Line}:{finding.Location.Column}: ");
                output.Write(Paint(finding.Waived ? $"{severity} (waived)" : severity, finding.Waived ? Dim : color + Bold));
                output.WriteLine($" {finding.RuleId} {Printable.Text(finding.Message.In(options.Language))}");
                output.WriteLine(Paint($"    {(zh ? "依据" : "cites")}: {Printable.Text(ReportWords.Cites(finding, options.Language))}", Dim));
                output.WriteLine(Paint($"    {(zh ? "修改建议" : "fix")}: {finding.Rule.Remediation.In(options.Language)}", Dim));
                if (finding.Waiver is { } waiver)
                {
                    output.WriteLine(Paint($"    {(zh ? "豁免理由" : "waived")}: {Printable.Text(waiver.Justification)}", Dim));
                }

                foreach (var fact in finding.Evidence)
                {
                    output.WriteLine(Paint($"    {(zh ? "匹配" : "matched")}: {Printable.Text(fact)}", Dim));
                }
            }

            var verdict = WireNames.Of(document.Verdict);
            var verdictColor = document.Verdict switch
            {
                Verdict.Compliant => Green,
                Verdict.CompliantWithWarnings => Yellow,
                _ => Red,
            };
            output.WriteLine($"{Printable.Text(document.Path)}: {Paint(verdict, verdictColor + Bold)}{Alliance(document)}");
        }

        var s = report.Summary;
        output.WriteLine(zh
            ? $"共 {s.Documents} 个文件：合规 {s.Compliant}，合规但有警告 {s.CompliantWithWarnings}，不合规 {s.NonCompliant}，无效 {s.Invalid}；错误 {s.Errors}，警告 {s.Warnings}。"
            : $"{s.Documents} document(s): {s.Compliant} compliant, {s.CompliantWithWarnings} compliant with warnings, {s.NonCompliant} non-compliant, {s.Invalid} invalid; {s.Errors} error(s), {s.Warnings} warning(s).");
    }

    private static string Alliance(DocumentReport document) =>
        document.Alliance is null ? string.Empty : $" ({Printable.Text(document.Alliance)})";
}

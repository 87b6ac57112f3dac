using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

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
        var language = options.Language;
        string Paint(string text, string color) => options.Color ? color + text + Reset : text;
        void Detail(LocalizedText label, string value, string color) =>
            output.WriteLine(Paint("    " + ReportWords.Label(label, value, language), color));

        foreach (var document in report.Documents)
        {
            foreach (var finding in document.Findings)
            {
                var severity = ReportWords.Of(finding.Severity, language) + ReportWords.Waived(finding, language);
                var color = finding.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
                output.Write($"{Printable.Text(document.Path)}:{finding.Location.Line}:{finding.Location.Column}: ");
                output.Write(Paint(severity, finding.Waived ? Dim : color + Bold));
                output.WriteLine($" {finding.RuleId} {Printable.Text(finding.Message.In(language))}");
                Detail(Words.Cites, Printable.Text(ReportWords.Cites(finding, language)), Dim);
                Detail(Words.Fix, finding.Remediation.In(language), Dim);
                if (finding.Waiver is { } waiver)
                {
                    Detail(Words.Waived, Printable.Text(waiver.Justification), Dim);
                }

                foreach (var fact in finding.Evidence)
                {
                    Detail(Words.Matched, Printable.Text(fact.In(language)), Dim);
                }
            }

            var verdictColor = document.Verdict switch
            {
                Verdict.Compliant => Green,
                Verdict.CompliantWithWarnings => Yellow,
                _ => Red,
            };
            output.WriteLine($"{Printable.Text(document.Path)}: {Paint(ReportWords.Of(document.Verdict, language), verdictColor + Bold)}{Alliance(document, language)}");
            if (document.Fixed is not null)
            {
                output.WriteLine($"    {ReportWords.Comparison(document, language)}");
            }
        }

        output.WriteLine(ReportWords.Summary(report.Summary, language));
    }

    private static string Alliance(DocumentReport document, Language language) =>
        document.Alliance is null ? string.Empty : ReportWords.Say(Words.Parenthesised, language, Printable.Text(document.Alliance));
}

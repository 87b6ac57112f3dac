using System.Globalization;
using System.Text;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>--format github</c>), so that a pull request shows each
/// finding on the line of the agreement it concerns:
/// <c>::error file=…,line=…,col=…,title=AC104::message</c> for each unwaived finding (a warning as
/// <c>::warning</c>, an info as <c>::notice</c>), then the run's summary line. The message carries the
/// citation and the fix on lines of their own. Agreement text is first made visible (<see cref="Printable"/>:
/// a line break or a bidirectional override in a member's name shows as an escape), then escaped as
/// GitHub requires, so no agreement text can end a command or start one of its own.
/// </summary>
internal sealed class GithubReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "github";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var document in report.Documents)
        {
            foreach (var finding in document.Findings.Where(f => !f.Waived))
            {
                output.WriteLine(Command(document, finding, options.Language));
            }
        }

        output.WriteLine(ReportWords.Summary(report.Summary, options.Language));
    }

    private static string Command(DocumentReport document, Finding finding, Language language)
    {
        var command = finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var properties = new StringBuilder();
        if (document.Path != "-")
        {
            properties.Append(CultureInfo.InvariantCulture, $"file={Property(Printable.Visible(document.Path))},line={finding.Location.Line},col={finding.Location.Column},");
        }

        properties.Append(CultureInfo.InvariantCulture, $"title={Property(finding.RuleId)}");
        string[] lines = [finding.Message.In(language), ReportWords.Cites(finding, language), finding.Remediation.In(language)];
        var message = string.Join('\n', lines.Select(Printable.Visible));
        return $"::{command} {properties}::{Data(message)}";
    }

    /// <summary>A command's message, escaped as GitHub's toolkit does (<c>escapeData</c>).</summary>
    internal static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A command's property value, escaped as GitHub's toolkit does (<c>escapeProperty</c>).</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

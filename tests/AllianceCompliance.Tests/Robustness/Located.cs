using AllianceCompliance.Reporting;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>Assertions that a result is a verdict whose findings all point inside the file.</summary>
internal static class Located
{
    /// <summary>The number of lines of a text, as an editor counts them (a last line without a line end counts).</summary>
    public static int LineCount(string text) => text.Split('\n').Length;

    /// <summary>Every finding lies inside the file: 1 &lt;= line &lt;= lines + 1, column &gt;= 1.</summary>
    public static void ShouldBeInside(DocumentReport report, int lines, string context)
    {
        foreach (var finding in report.Findings)
        {
            var location = finding.Location;
            (location.Line >= 1 && location.Line <= lines + 1 && location.Column >= 1).ShouldBeTrue(
                $"{context}: {finding.RuleId} at {location} lies outside the file's {lines} line(s): {finding.Message.English}");
        }
    }
}

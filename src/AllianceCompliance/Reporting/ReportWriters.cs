using System.Collections.Immutable;

namespace AllianceCompliance.Reporting;

/// <summary>The report formats the checker writes, by name.</summary>
public static class ReportWriters
{
    /// <summary>Every format, the default (<c>text</c>) first.</summary>
    public static ImmutableArray<IReportWriter> All { get; } = [
        new TextReportWriter(), new JsonReportWriter(), new SarifReportWriter(),
        new JunitReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter(), new GithubReportWriter(),
    ];

    /// <summary>The writer of a format.</summary>
    /// <param name="format">The format's name, such as <c>json</c>.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public static IReportWriter Get(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown report format '{format}'.", nameof(format));
}

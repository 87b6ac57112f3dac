namespace AllianceCompliance.Reporting;

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line, such as <c>json</c>.</summary>
    string Format { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write it.</param>
    /// <param name="options">How to write it.</param>
    void Write(CheckReport report, TextWriter output, ReportOptions options);
}

using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>How a report is written.</summary>
/// <param name="Language">The language of messages, titles, remediations and every fixed text of the report.</param>
/// <param name="Color">Whether text output may use ANSI colours.</param>
public sealed record ReportOptions(Language Language = Language.English, bool Color = false)
{
    /// <summary>
    /// Gives the text of a document as it was checked, for formats that quote the lines around a
    /// finding (<c>html</c>), each cut to a window around the finding's column. Returns null when
    /// the text is not available; when this is null, no format quotes anything. The command line
    /// gives the text the checker read, never the file opened a second time.
    /// </summary>
    public Func<DocumentReport, string?>? SourceText { get; init; }
}

using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>How a report is written.</summary>
/// <param name="Language">The language of messages, titles, remediations and every fixed text of the report.</param>
/// <param name="Color">Whether text output may use ANSI colours.</param>
public sealed record ReportOptions(Language Language = Language.English, bool Color = false)
{
    /// <summary>
    /// Gives the text of a document as it was checked, for formats that quote the lines around a
    /// finding (<c>html</c>), each cut to a window around the finding's column; returns null when
    /// the text is not available. By default: the text the checker read when it kept it (the
    /// command line has it keep it), or else the file at the document's path read again and given
    /// only if its SHA-256 is still <see cref="DocumentReport.Sha256"/>; so files checked with
    /// <see cref="AgreementChecker.CheckFile"/> are quoted without further set-up, and a file
    /// changed since is not. For documents checked from text or a stream under a name that is no
    /// file, give a function returning their text; set null to quote nothing.
    /// </summary>
    public Func<DocumentReport, string?>? SourceText { get; init; } = CheckedFiles.Text;

    /// <summary>
    /// When the check was run, for the formats a reader forwards (<c>html</c>, <c>docx</c>), which
    /// state the date and time of the check; not stated when null.
    /// </summary>
    public DateTimeOffset? CheckedAt { get; init; }
}

using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>How a report is written.</summary>
/// <param name="Language">The language of messages, titles and remediations.</param>
/// <param name="Color">Whether text output may use ANSI colours.</param>
public sealed record ReportOptions(Language Language = Language.English, bool Color = false);

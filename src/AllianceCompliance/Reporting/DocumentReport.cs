using System.Collections.Immutable;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>The result of checking one agreement file.</summary>
/// <param name="Path">The file's path as given, or <c>-</c> for standard input.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, in lower-case hex; null when it was not read.</param>
/// <param name="Alliance">The alliance's name, when the file gives one.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Conditions">How it fares against each condition, in report order.</param>
/// <param name="Findings">Its findings, in file order.</param>
public sealed record DocumentReport(
    string Path,
    string? Sha256,
    string? Alliance,
    Verdict Verdict,
    ImmutableArray<ConditionResult> Conditions,
    ImmutableArray<Finding> Findings)
{
    /// <summary>
    /// The text the checker read, kept only when the checker is asked to (<see cref="AgreementChecker.KeepText"/>),
    /// so a report can quote the lines around a finding without opening the file a second time.
    /// </summary>
    internal string? Text { get; init; }

    /// <summary>The findings of the baseline the run compared with that this document no longer has; null without a baseline.</summary>
    internal ImmutableArray<BaselineFinding>? Fixed { get; init; }

    /// <summary>
    /// The path the baseline gave the document this one was compared with; null without a baseline,
    /// or when the baseline does not hold this document (its findings are then all new).
    /// </summary>
    internal string? BaselinePath { get; init; }

    /// <summary>
    /// Whether this is the waivers file's own report (its expired and unused waivers), which is
    /// listed with the documents but is not an agreement, so not counted as one.
    /// </summary>
    internal bool IsWaivers { get; init; }

    /// <summary>Whether the run had a baseline that does not hold this document.</summary>
    internal bool NotInBaseline => Fixed is not null && BaselinePath is null;
}

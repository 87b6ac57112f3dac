using System.Collections.Immutable;

namespace AllianceCompliance.Reporting;

/// <summary>The report of one run over any number of documents.</summary>
/// <param name="ToolVersion">The version of the checker.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Documents">Each document's result, in the order given.</param>
public sealed record CheckReport(string ToolVersion, string RuleSetId, string RuleSetVersion, ImmutableArray<DocumentReport> Documents)
{
    /// <summary>The counts over all documents.</summary>
    public ReportSummary Summary { get; } = ReportSummary.Of(Documents);
}

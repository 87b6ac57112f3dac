using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance's internal measures for managing its funds (Art. 8(4)).</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="Document">The measures' title.</param>
/// <param name="Covers">What the measures regulate.</param>
public sealed record FundManagementMeasures(string? Clause, string? Document, ImmutableArray<FundTopic> Covers) : Node
{
    /// <summary>
    /// To whom the measures for government-funded projects are reported, such as the Ministry of
    /// Science and Technology.
    /// </summary>
    public string? ReportedTo { get; init; }
}

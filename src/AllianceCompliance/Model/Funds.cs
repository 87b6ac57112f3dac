using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance's funds and how they are managed (Art. 8(4)).</summary>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="ManagementMeasures">The fund management measures.</param>
/// <param name="Oversight">The internal oversight mechanism.</param>
/// <param name="Custodian">The id of the member entrusted with the funds, where one is.</param>
/// <param name="Sources">Where the money comes from.</param>
public sealed record Funds(
    string? Clause,
    FundManagementMeasures? ManagementMeasures,
    Oversight? Oversight,
    string? Custodian,
    ImmutableArray<FundSource> Sources) : Node;

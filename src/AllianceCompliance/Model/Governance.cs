using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance's organisation (Art. 8(3)).</summary>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="ExternalLiabilityEntity">The id of the member that bears the alliance's external obligations.</param>
/// <param name="Bodies">Its bodies.</param>
public sealed record Governance(string? Clause, string? ExternalLiabilityEntity, ImmutableArray<Body> Bodies) : Node;

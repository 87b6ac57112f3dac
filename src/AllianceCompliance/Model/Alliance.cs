using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance as a whole.</summary>
/// <param name="Name">Its name.</param>
/// <param name="LocalName">Its name in Chinese, where given.</param>
/// <param name="Industry">The industry it serves.</param>
/// <param name="TechnologyFields">The technology fields it works in.</param>
/// <param name="Established">The date it was established.</param>
/// <param name="LeadMembers">The ids of the members that lead it: one, or several co-lead units.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record Alliance(
    string? Name,
    string? LocalName,
    string? Industry,
    ImmutableArray<string> TechnologyFields,
    DateOnly? Established,
    ImmutableArray<string> LeadMembers,
    string? Clause = null) : Node
{
    /// <summary>Where lead unit <paramref name="index"/> is written: its list item, or <c>leadMember</c> when one id is written alone.</summary>
    /// <param name="index">The lead unit's position in <see cref="LeadMembers"/>.</param>
    /// <returns>Its location.</returns>
    public SourceLocation LeadAt(int index) =>
        FieldLocations.TryGetValue($"leadMember[{index}]", out var item) ? item : At("leadMember");

    /// <summary>
    /// The alliance's own legal-person details, where the alliance is itself a legal person (such as
    /// one registered as a social organisation) and so may bear its external obligations.
    /// </summary>
    public LegalPerson? LegalPerson { get; init; }
}

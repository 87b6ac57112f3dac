using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance as a whole.</summary>
/// <param name="Name">Its name.</param>
/// <param name="LocalName">Its name in Chinese, where given.</param>
/// <param name="Industry">The industry it serves.</param>
/// <param name="TechnologyFields">The technology fields it works in.</param>
/// <param name="Established">The date it was established.</param>
/// <param name="LeadMember">The id of the member that leads it.</param>
public sealed record Alliance(
    string? Name,
    string? LocalName,
    string? Industry,
    ImmutableArray<string> TechnologyFields,
    DateOnly? Established,
    string? LeadMember) : Node;

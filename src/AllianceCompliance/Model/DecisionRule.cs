namespace AllianceCompliance.Model;

/// <summary>How a body takes decisions.</summary>
/// <param name="Quorum">The share of members that must attend, such as <c>2/3</c>.</param>
/// <param name="Majority">The share of votes a resolution needs.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record DecisionRule(string? Quorum, string? Majority, string? Clause = null) : Node;

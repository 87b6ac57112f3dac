namespace AllianceCompliance.Model;

/// <summary>The period the agreement runs for.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record Term(DateOnly? From, DateOnly? To) : Node;

namespace AllianceCompliance.Model;

/// <summary>The period the agreement runs for.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record Term(DateOnly? From, DateOnly? To, string? Clause = null) : Node;

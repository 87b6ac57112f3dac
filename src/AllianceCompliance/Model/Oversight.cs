namespace AllianceCompliance.Model;

/// <summary>The internal mechanism that oversees the use of funds (Art. 8(4)).</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="Mechanism">How oversight works.</param>
public sealed record Oversight(string? Clause, string? Mechanism) : Node;

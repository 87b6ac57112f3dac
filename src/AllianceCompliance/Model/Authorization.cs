namespace AllianceCompliance.Model;

/// <summary>The power of attorney under which an agent signed.</summary>
/// <param name="Document">The document's reference.</param>
/// <param name="GrantedBy">Who granted it; should be the member's legal representative.</param>
/// <param name="Date">When it was granted.</param>
public sealed record Authorization(string? Document, string? GrantedBy, DateOnly? Date) : Node;

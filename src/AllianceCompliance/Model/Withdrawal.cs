namespace AllianceCompliance.Model;

/// <summary>How a member leaves the alliance.</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="NoticeDays">The notice a member must give, in days.</param>
/// <param name="Text">What the provision says.</param>
public sealed record Withdrawal(string? Clause, int? NoticeDays, string? Text) : Node;

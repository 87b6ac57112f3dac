namespace AllianceCompliance.Model;

/// <summary>
/// A provision of the agreement summarised in the YAML: the article of the signed text it comes
/// from and what it says. Written either as plain text or as <c>{ clause, text }</c>.
/// </summary>
/// <param name="Clause">The article of the signed agreement, such as <c>Art. 12</c>.</param>
/// <param name="Text">What the provision says.</param>
public sealed record ClauseText(string? Clause, string? Text) : Node;

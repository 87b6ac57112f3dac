namespace AllianceCompliance.Model;

/// <summary>How a member leaves the alliance.</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="NoticeDays">The notice a member must give, in days.</param>
/// <param name="Text">What the provision says.</param>
public sealed record Withdrawal(string? Clause, int? NoticeDays, string? Text) : Node
{
    /// <summary>
    /// How the government-funded projects a withdrawing member undertakes are adjusted or cancelled,
    /// such as on the council's written opinion reported for approval.
    /// </summary>
    public string? FundedProjects { get; init; }
}

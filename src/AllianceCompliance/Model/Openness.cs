namespace AllianceCompliance.Model;

/// <summary>The open development mechanism of Art. 8(6).</summary>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="Admission">How new members are admitted.</param>
/// <param name="ExternalCooperation">How the alliance works with outside organisations.</param>
/// <param name="Dissemination">How results are disseminated.</param>
/// <param name="GovernmentFundedSharing">How outcomes of government-funded projects are shared outside the alliance.</param>
public sealed record Openness(
    string? Clause,
    ClauseText? Admission,
    ClauseText? ExternalCooperation,
    ClauseText? Dissemination,
    ClauseText? GovernmentFundedSharing) : Node;

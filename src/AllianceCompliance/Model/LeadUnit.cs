namespace AllianceCompliance.Model;

/// <summary>
/// One unit that leads the alliance, as <c>alliance.leadMember</c> names it (an alliance may have
/// several co-lead units): a fact of its own, so that every rule about the lead unit applies to each.
/// Located where its id is written.
/// </summary>
/// <param name="MemberId">The id of the member that leads.</param>
public sealed record LeadUnit(string MemberId) : Node;

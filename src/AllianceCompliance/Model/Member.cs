namespace AllianceCompliance.Model;

/// <summary>A member unit of the alliance.</summary>
/// <param name="Index">The member's position in <c>members</c>, from 0.</param>
/// <param name="Id">The id other sections use to refer to the member.</param>
/// <param name="Name">The full registered name, as on its seal.</param>
/// <param name="LocalName">The name in Chinese, where given.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Address">The address for service of documents.</param>
/// <param name="LegalPerson">Its standing as a legal person, where given.</param>
/// <param name="Standing">For enterprises: evidence of a leading position in the industry.</param>
/// <param name="Expertise">For universities and institutes: frontier expertise in the alliance's fields.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record Member(
    int Index,
    string Id,
    string? Name,
    string? LocalName,
    MemberKind? Kind,
    string? Address,
    LegalPerson? LegalPerson,
    string? Standing,
    string? Expertise,
    string? Clause = null) : Node
{
    /// <summary>
    /// The day the member was admitted, for a member that joined after the agreement took effect
    /// (Art. 8(6)); null for a founding member. A member admitted later signs on accession.
    /// </summary>
    public DateOnly? Joined { get; init; }
}

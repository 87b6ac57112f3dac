namespace AllianceCompliance.Model;

/// <summary>A member's signature on the agreement.</summary>
/// <param name="Index">The signature's position in <c>agreement.signatures</c>, from 0.</param>
/// <param name="Member">The id of the member that signed.</param>
/// <param name="Signatory">The person who signed.</param>
/// <param name="Capacity">In what capacity they signed.</param>
/// <param name="Authorization">The power of attorney, when an agent signed.</param>
/// <param name="Date">When they signed.</param>
/// <param name="Sealed">Whether the member's official seal was affixed.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record Signature(
    int Index,
    string? Member,
    string? Signatory,
    SignatoryCapacity? Capacity,
    Authorization? Authorization,
    DateOnly? Date,
    bool? Sealed,
    string? Clause = null) : Node
{
    /// <summary>
    /// The member's legal representative on the day of signing, where it differs from the one
    /// registered now (<see cref="LegalPerson.Representative"/>); a later change is not a defect.
    /// </summary>
    public string? RepresentativeAtSigning { get; init; }
}

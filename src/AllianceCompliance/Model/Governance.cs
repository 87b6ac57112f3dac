using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance's organisation (Art. 8(3)).</summary>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="ExternalLiabilityEntity">
/// The id of the member that bears the alliance's external obligations, or <see cref="AllianceItself"/>
/// when the alliance is a legal person and bears them itself.
/// </param>
/// <param name="Bodies">Its bodies.</param>
/// <param name="ExecutiveBody">The id of the body that is the alliance's permanent executive body, where the file names it.</param>
public sealed record Governance(string? Clause, string? ExternalLiabilityEntity, ImmutableArray<Body> Bodies, string? ExecutiveBody = null) : Node
{
    /// <summary>
    /// The value of <c>externalLiabilityEntity</c> that names the alliance itself (a legal person, with
    /// its details under <c>alliance.legalPerson</c>), unless a member has this id.
    /// </summary>
    public const string AllianceItself = "alliance";
}

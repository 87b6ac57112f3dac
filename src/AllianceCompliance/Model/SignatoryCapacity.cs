namespace AllianceCompliance.Model;

/// <summary>In what capacity a person signed for a member.</summary>
public enum SignatoryCapacity
{
    /// <summary>As the member's legal representative; written <c>legal-representative</c>.</summary>
    LegalRepresentative,

    /// <summary>As an agent with a power of attorney; written <c>authorized-agent</c>.</summary>
    AuthorizedAgent,
}

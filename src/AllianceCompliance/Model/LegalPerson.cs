namespace AllianceCompliance.Model;

/// <summary>A member's standing as a legal person.</summary>
/// <param name="Independent">False for a branch office or an internal department.</param>
/// <param name="CreditCode">The unified social credit code (GB 32100-2015).</param>
/// <param name="Representative">The currently registered legal representative.</param>
/// <param name="Certificate">The certificate that proves legal personality.</param>
public sealed record LegalPerson(
    bool? Independent,
    string? CreditCode,
    string? Representative,
    CertificateKind? Certificate) : Node
{
    /// <summary>
    /// For a member registered outside mainland China: its registration there, which proves its
    /// legal personality in place of a unified social credit code.
    /// </summary>
    public ForeignRegistration? Registration { get; init; }
}

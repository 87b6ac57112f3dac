namespace AllianceCompliance.Model;

/// <summary>The certificate that proves a member's legal personality.</summary>
public enum CertificateKind
{
    /// <summary>A business licence; written <c>business-license</c>.</summary>
    BusinessLicense,

    /// <summary>A public institution legal-person certificate; written <c>institution-certificate</c>.</summary>
    InstitutionCertificate,

    /// <summary>A social organisation legal-person certificate; written <c>social-organization-certificate</c>.</summary>
    SocialOrganizationCertificate,

    /// <summary>Another certificate; written <c>other</c>.</summary>
    Other,
}

namespace AllianceCompliance.Model;

/// <summary>A document of the pilot application dossier (pilot procedure, application (1)).</summary>
public enum PilotMaterial
{
    /// <summary>A copy of the agreement text; written <c>agreement-text</c>.</summary>
    AgreementText,

    /// <summary>The application form; written <c>application-form</c>.</summary>
    ApplicationForm,

    /// <summary>The statement of the alliance's necessity; written <c>necessity-statement</c>.</summary>
    NecessityStatement,

    /// <summary>Every member's business licence or legal-person certificate, sealed; written <c>member-certificates</c>.</summary>
    MemberCertificates,

    /// <summary>The original powers of attorney of agents who signed; written <c>powers-of-attorney</c>.</summary>
    PowersOfAttorney,
}

using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>How messages name a kind of member.</summary>
internal static class KindNames
{
    public static LocalizedText Of(MemberKind kind) => kind switch
    {
        MemberKind.Enterprise => RuleWords.Kind.Enterprise,
        MemberKind.University => RuleWords.Kind.University,
        MemberKind.ResearchInstitute => RuleWords.Kind.ResearchInstitute,
        _ => RuleWords.Kind.Other,
    };

    public static LocalizedText Of(CertificateKind certificate) => certificate switch
    {
        CertificateKind.BusinessLicense => RuleWords.Certificate.BusinessLicense,
        CertificateKind.InstitutionCertificate => RuleWords.Certificate.InstitutionCertificate,
        CertificateKind.SocialOrganizationCertificate => RuleWords.Certificate.SocialOrganizationCertificate,
        _ => RuleWords.Certificate.Other,
    };
}

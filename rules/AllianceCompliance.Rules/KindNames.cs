using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>How messages name a kind of member.</summary>
internal static class KindNames
{
    public static LocalizedText Of(MemberKind kind) => kind switch
    {
        MemberKind.Enterprise => new("an enterprise", "企业"),
        MemberKind.University => new("a university", "高校"),
        MemberKind.ResearchInstitute => new("a research institute", "科研机构"),
        _ => new("another organisation", "其他组织"),
    };

    public static LocalizedText Of(CertificateKind certificate) => certificate switch
    {
        CertificateKind.BusinessLicense => new("business licence", "营业执照"),
        CertificateKind.InstitutionCertificate => new("institution legal-person certificate", "事业单位法人证书"),
        CertificateKind.SocialOrganizationCertificate => new("social organisation legal-person certificate", "社会团体法人登记证书"),
        _ => new("other certificate", "其他证书"),
    };
}

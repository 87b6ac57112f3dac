using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>The documents every pilot dossier holds, and how messages name them.</summary>
internal static class PilotMaterials
{
    /// <summary>Required of every applicant; powers of attorney only where an agent signed.</summary>
    public static ImmutableArray<PilotMaterial> Required { get; } =
        [PilotMaterial.AgreementText, PilotMaterial.ApplicationForm, PilotMaterial.NecessityStatement, PilotMaterial.MemberCertificates];

    public static ImmutableArray<PilotMaterial> MissingFrom(PilotApplication application) =>
        [.. Required.Where(material => !application.Materials.Contains(material))];

    /// <summary>The materials as a list for a message, each with the value to write in <c>materials</c>.</summary>
    public static LocalizedText Describe(IEnumerable<PilotMaterial> materials)
    {
        var names = materials.Select(Name).ToList();
        return new(
            string.Join(", ", names.Select(n => n.English)),
            string.Join("、", names.Select(n => n.Chinese)));
    }

    private static LocalizedText Name(PilotMaterial material) => material switch
    {
        PilotMaterial.AgreementText => new("a copy of the agreement text ('agreement-text')", "联盟协议文本复印件（agreement-text）"),
        PilotMaterial.ApplicationForm => new("the application form ('application-form')", "申请表（application-form）"),
        PilotMaterial.NecessityStatement => new("the statement of the alliance's necessity ('necessity-statement')", "联盟必要性说明材料（necessity-statement）"),
        PilotMaterial.MemberCertificates => new("every member's sealed business licence or legal-person certificate ('member-certificates')",
            "全体成员加盖公章的营业执照或法人证书（member-certificates）"),
        _ => new("the original powers of attorney ('powers-of-attorney')", "法定代表人授权委托书原件（powers-of-attorney）"),
    };
}

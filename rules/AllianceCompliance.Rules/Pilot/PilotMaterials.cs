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
    public static LocalizedText Describe(IEnumerable<PilotMaterial> materials) =>
        Names.List(materials.Select(Name));

    private static LocalizedText Name(PilotMaterial material) => material switch
    {
        PilotMaterial.AgreementText => RuleWords.PilotMaterial.AgreementText,
        PilotMaterial.ApplicationForm => RuleWords.PilotMaterial.ApplicationForm,
        PilotMaterial.NecessityStatement => RuleWords.PilotMaterial.NecessityStatement,
        PilotMaterial.MemberCertificates => RuleWords.PilotMaterial.MemberCertificates,
        _ => RuleWords.PilotMaterial.PowersOfAttorney,
    };
}

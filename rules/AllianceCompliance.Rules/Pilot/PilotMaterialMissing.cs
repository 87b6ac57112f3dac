using System.Collections.Immutable;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>
/// A pilot application submits the agreement text, the application form, the statement of
/// necessity and every member's certificate.
/// </summary>
internal sealed class PilotMaterialMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC801", ConditionId.Pilot, Severity.Error, Cite.PilotApplication,
        new("Pilot dossier incomplete", "试点申请材料不全"),
        new("The pilot application lacks {0}.",
            "试点申请材料缺少：{0}。"),
        new("Add the missing documents to the dossier and list them in 'application.materials'.",
            "补齐所缺材料，并在 application.materials 中列明。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.PilotDossier,
            "when an application is recorded, the dossier's required materials are mandatory for it.",
            "记录了试点申请时，申报材料为必备要求。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        PilotApplication application = null!;
        ImmutableArray<PilotMaterial> missing = default;
        When()
            .Match(() => application)
            .Let(() => missing, () => PilotMaterials.MissingFrom(application))
            .Having(() => !missing.IsEmpty);
        Then().Yield(_ => Rule.At(application.At("materials"), application.Clause, PilotMaterials.Describe(missing)));
    }
}

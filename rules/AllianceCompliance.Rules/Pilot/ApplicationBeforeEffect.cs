using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>Only an established alliance applies for the pilot: the application follows the agreement's entry into effect.</summary>
internal sealed class ApplicationBeforeEffect : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC804", ConditionId.Pilot, Severity.Error, Cite.Join(Cite.PilotApplication, Cite.Art7),
        new("Application made before the agreement took effect", "申请早于协议生效"),
        new("The pilot application is dated {0:yyyy-MM-dd}, before the agreement took effect on {1:yyyy-MM-dd}.",
            "试点申请日期为 {0:yyyy-MM-dd}，早于协议生效日 {1:yyyy-MM-dd}。"),
        new("Apply once the agreement has been signed by all members and is in effect, or correct 'application.submitted' or 'agreement.effectiveFrom'.",
            "待协议经全体成员签署生效后再申请，或更正 application.submitted 或 agreement.effectiveFrom。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.PilotDossier,
            "only an established alliance applies (Art. 7: alliances meeting the basic conditions may apply).",
            "只有已成立的联盟才能申请（第七条：符合基本条件的联盟可自愿申请）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        PilotApplication application = null!;
        Agreement agreement = null!;
        When()
            .Match(() => application, a => a.Submitted != null)
            .Match(() => agreement, a => a.EffectiveFrom != null)
            .Having(() => application.Submitted < agreement.EffectiveFrom);
        Then().Yield(_ => Rule.At(application.At("submitted"), application.Clause, application.Submitted, agreement.EffectiveFrom));
    }
}

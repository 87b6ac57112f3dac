using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Which unit leads the alliance should be stated (drafting practice).</summary>
internal sealed class LeadMemberUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC113", ConditionId.LegalEntities, Severity.Warning, Cite.Templates,
        new("Lead member not named", "未指明牵头单位"),
        new("The agreement does not name the member that leads the alliance.",
            "协议未指明牵头的成员单位。"),
        new("Name the member that leads the alliance ('alliance.leadMember').",
            "写明牵头单位（alliance.leadMember）。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "naming the lead unit is drafting practice; Art. 8 does not require one.",
            "写明牵头单位属于起草惯例；第八条未作要求。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When()
            .Match(() => alliance)
            .Not<LeadUnit>();
        Then().Yield(_ => Rule.At(alliance.At("leadMember"), alliance.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Which enterprise leads the alliance should be stated.</summary>
internal sealed class LeadMemberUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC113", ConditionId.LegalEntities, Severity.Warning, Cite.Join(Cite.Art8Item1, Cite.Art3),
        new("Lead member not named", "未指明牵头单位"),
        new("The agreement does not name the member that leads the alliance.",
            "协议未指明牵头的成员单位。"),
        new("Name the leading enterprise in 'alliance.leadMember'.",
            "在 alliance.leadMember 中写明牵头企业。"));

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

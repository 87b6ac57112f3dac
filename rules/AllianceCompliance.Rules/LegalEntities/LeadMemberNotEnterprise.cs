using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Enterprises are the main actors (Art. 3): an enterprise lead unit is good practice, not a condition.</summary>
internal sealed class LeadMemberNotEnterprise : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC112", ConditionId.LegalEntities, Severity.Warning, Cite.Art3,
        new("Lead member is not an enterprise", "牵头单位不是企业"),
        new("The lead member {0} is {1}; the Guiding Opinions take enterprises as the main actors, though no source requires an enterprise lead unit.",
            "牵头单位{0}是{1}；指导意见以企业为主体，但没有依据要求牵头单位必须是企业。"),
        new("Consider whether an enterprise member should lead, or co-lead, the alliance ('alliance.leadMember'); a university, institute or association as lead unit is lawful.",
            "可考虑由企业成员牵头或共同牵头（alliance.leadMember）；由高校、科研院所或行业协会牵头并不违规。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.Art3MainActors,
            "a university, institute or association may lead; an enterprise lead is good practice, not a condition.",
            "高校、科研院所或行业协会可以牵头；由企业牵头是良好做法，而非基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        LeadUnit lead = null!;
        Member member = null!;
        When()
            .Match(() => alliance)
            .Match(() => lead)
            .Match(() => member, m => m.Id == lead.MemberId && m.Kind != null && m.Kind != MemberKind.Enterprise);
        Then().Yield(_ => Rule.At(lead.Location, alliance.Clause, Names.Of(member), KindNames.Of(member.Kind!.Value)));
    }
}

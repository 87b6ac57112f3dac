using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Enterprises are the main actors: each unit that leads the alliance (each co-lead unit too) is an enterprise.</summary>
internal sealed class LeadMemberNotEnterprise : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC112", ConditionId.LegalEntities, Severity.Error, Cite.Join(Cite.Art8Item1, Cite.Art3),
        new("Lead member is not an enterprise", "牵头单位不是企业"),
        new("The lead member {0} is {1}; alliances are led by enterprises.",
            "牵头单位{0}是{1}；联盟应由企业牵头。"),
        new("Make an enterprise member the lead unit ('alliance.leadMember'); with co-lead units, each is an enterprise.",
            "由企业成员担任牵头单位（alliance.leadMember）；有多家共同牵头单位的，每一家都应为企业。"));

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

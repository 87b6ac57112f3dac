using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Enterprises are the main actors: the unit that leads the alliance is an enterprise.</summary>
[Name("AC112")]
internal sealed class LeadMemberNotEnterprise : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC112", ConditionId.LegalEntities, Severity.Error, Cite.Join(Cite.Art8Item1, Cite.Art3),
        new("Lead member is not an enterprise", "牵头单位不是企业"),
        new("The lead member '{0}' is {1}; alliances are led by enterprises.",
            "牵头单位“{0}”是{1}；联盟应由企业牵头。"),
        new("Make an enterprise member the lead unit ('alliance.leadMember').",
            "由企业成员担任牵头单位（alliance.leadMember）。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        Member lead = null!;
        Roster roster = null!;
        When()
            .Match(() => alliance, a => a.LeadMember != null)
            .Match(() => roster)
            .Let(() => lead, () => roster.Find(alliance.LeadMember)!)
            .Having(() => lead != null && lead.Kind != null && lead.Kind != MemberKind.Enterprise);
        Then().Yield(_ => Rule.At(alliance.At("leadMember"), null, lead.Id, KindNames.Of(lead.Kind!.Value)));
    }
}

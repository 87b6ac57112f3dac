using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>The agreement is signed by each member's legal representative, so each must be named: a placeholder (待定, TBD, 无) names no one.</summary>
internal sealed class RepresentativeUnnamed : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC114", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Legal representative not named", "未写明法定代表人"),
        new("Member {0} does not name its legal representative, so its signature cannot be checked.",
            "成员{0}未写明法定代表人，无法核验其签署。"),
        new("Add 'legalPerson.representative' as registered on the member's licence.",
            "按成员证照登记信息填写 legalPerson.representative。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "without the representative's name the signature cannot be checked; the name may only be missing from the summary.",
            "未写明法定代表人则无法核验签署；可能只是摘要漏记。"),
        Phrases = Reacts.ToUnsettled(Duty.Representative),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading representative = null!;
        When().Match(() => representative, r => r.Duty == Duty.Representative, r => r.NamesNothing && r.Member != null);
        Then().Yield(_ => Rule.At(representative.Location, representative.Clause, Names.Of(representative.Member!)));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Whether a member is bound depends on who signed for it: the signatory is named (a placeholder such as 待定 or TBD names no one).</summary>
internal sealed class SignatoryUnnamed : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC215", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Signatory not named", "未写明签署人"),
        new("The signature for member {0} does not name who signed, so it is not shown that its legal representative signed.",
            "成员{0}的签署未写明签署人，无法证明由其法定代表人签署。"),
        new("Add 'signatory': the legal representative, or the agent holding the representative's power of attorney.",
            "补充 signatory：法定代表人，或持法定代表人授权委托书的委托代理人。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "a signatory not written down is a gap in recording.",
            "未写明签署人属于记录缺失。"),
        Phrases = Reacts.ToUnsettled(Duty.Signatory),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        ClauseReading signatory = null!;
        Member member = null!;
        When()
            .Match(() => roster)
            .Match(() => signatory, r => r.Duty == Duty.Signatory, r => r.NamesNothing && r.Signature != null)
            .Let(() => member, () => roster.Find(signatory.Signature!.Member)!);
        Then().Yield(_ => Rule.At(signatory.Location, signatory.Clause, Names.Of(member)));
    }
}

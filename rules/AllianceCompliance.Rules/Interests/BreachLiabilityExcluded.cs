using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>A text that excludes liability for breach (互不追究违约责任, no liability for breach) contradicts Art. 8(5); force majeure is not such an exclusion.</summary>
internal sealed class BreachLiabilityExcluded : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC550", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Liability for breach excluded", "条款免除违约责任"),
        new("The text excludes liability for breach: '{0}'.",
            "条款免除了违约责任：“{0}”。"),
        new("Art. 8(5): 'We must strengthen accountability for breach of contract and protect the legitimate rights and interests of alliance members.' State what a member in breach bears (compensation, return of project funds, expulsion) in place of the exclusion; excusing a member prevented by force majeure may stay.",
            "第八条第（五）项：“强化违约责任追究，保护联盟成员的合法权益。”请删除免责表述，写明违约成员承担的责任（赔偿损失、退回项目经费、除名等）；因不可抗力免责的约定可以保留。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Breach, "a text that excludes liability for breach contradicts it.", "免除违约责任的表述与之相抵触。"),
        Phrases = Reacts.ToRefusal(Duty.BreachLiability),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.BreachLiability && r.Refusal != null);
        Then().Yield(_ => Rule.At(reading.Refusal!.Location, reading.Clause, reading.Refusal!.Phrase));
    }
}

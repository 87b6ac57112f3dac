using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Ownership, licensing, revenue sharing and breach liability are agreed in advance: a text that leaves them open or puts them off does not meet Art. 8(5).</summary>
internal sealed class InterestTermLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC540", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("IP term or breach liability not agreed in advance", "知识产权条款或违约责任未事先约定"),
        new("The text does not settle the {0} in advance: it says '{1}'.",
            "条款未事先约定{0}：写的是“{1}”。"),
        new("Art. 8(5): 'The ownership of rights, licensing terms, and the distribution of revenue ... should be clearly defined in advance through an agreement'; accountability for breach is to be strengthened. Write in place of the quoted phrase what the parties agree now: who owns the results, on what terms they are licensed, how revenue is divided and in what shares, what a member in breach is liable for. If an annex of the signed agreement sets it out, summarise it here and list the annex in 'agreement.annexes'.",
            "第八条第（五）项要求联盟研发项目产生的成果和知识产权的权利归属、许可使用和转化收益分配事先通过协议明确，并强化违约责任追究。请将所引用语替换为各方现在约定的内容：成果归谁所有、按何条件许可使用、收益如何分配及比例、违约成员承担何种责任；如已签署协议的附件有约定，请在此概述，并在 agreement.annexes 中列明该附件。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Interests, "a term left open or to a later agreement is not defined in advance.", "留空或留待以后约定的条款不属于事先约定。"),
        Phrases = Reacts.ToUnsettled(Duty.Ownership, Duty.Licensing, Duty.RevenueSharing, Duty.BreachLiability),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => !r.SharesListed && (r.Duty == Duty.Ownership || r.Duty == Duty.Licensing || r.Duty == Duty.RevenueSharing || r.Duty == Duty.BreachLiability) && r.Unsettled != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.InterestTermLeftOpen, reading, reading.Unsettled!.Location, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>Withdrawal, dissolution, liquidation and the dispute forum are written out, not left to a placeholder or a later agreement (good drafting practice: a warning).</summary>
internal sealed class ClauseLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC741", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("General clause left open", "一般条款未约定"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未约定{0}：写的是“{1}”。"),
        new("Write what the parties agreed in place of the quoted phrase: the notice and procedure of withdrawal, when and how the alliance dissolves, how its assets are liquidated, the arbitration commission or the court.",
            "请将所引用语替换为各方约定的内容：退出的通知和程序、解散的条件和程序、财产清算方式、仲裁委员会或管辖法院。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(Why.Templates, "withdrawal, dissolution, liquidation and the forum are drafting practice.", "退出、解散、清算和争议解决机构属于起草惯例。"),
        Phrases = Reacts.ToUnsettled(Duty.Withdrawal, Duty.Dissolution, Duty.Liquidation, Duty.Dispute),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.Withdrawal || r.Duty == Duty.Dissolution || r.Duty == Duty.Liquidation || r.Duty == Duty.Dispute) && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

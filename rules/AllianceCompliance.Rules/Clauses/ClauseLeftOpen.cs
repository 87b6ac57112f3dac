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
        new("Write what the parties agreed in place of the quoted phrase: the notice and procedure of withdrawal, when and how the alliance dissolves, how its assets are liquidated, how a withdrawing member's or the dissolved alliance's government-funded projects are adjusted, the arbitration commission or the court, the governing law, force majeure, amendment and the service of notices.",
            "请将所引用语替换为各方约定的内容：退出的通知和程序、解散的条件和程序、财产清算方式、退出成员或解散联盟所承担政府资助项目的调整办法、仲裁委员会或管辖法院、适用法律、不可抗力、协议变更和通知送达。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(Why.Templates, "withdrawal, dissolution, liquidation, the forum, the governing law, force majeure, amendment and notices are drafting practice; the adjustment of funded projects follows the project rules whether or not the agreement repeats it.", "退出、解散、清算、争议解决机构、适用法律、不可抗力、协议变更和通知送达属于起草惯例；政府资助项目的调整无论协议是否重述均按项目管理规定执行。"),
        Phrases = Reacts.ToUnsettled(Duty.Withdrawal, Duty.Dissolution, Duty.Liquidation, Duty.Dispute, Duty.FundedProjects, Duty.GoverningLaw, Duty.ForceMajeure, Duty.Amendment, Duty.Notices),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.Withdrawal || r.Duty == Duty.Dissolution || r.Duty == Duty.Liquidation || r.Duty == Duty.Dispute
            || r.Duty == Duty.FundedProjects || r.Duty == Duty.GoverningLaw || r.Duty == Duty.ForceMajeure || r.Duty == Duty.Amendment || r.Duty == Duty.Notices) && r.Unsettled != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.ClauseLeftOpen, reading, reading.Unsettled!.Location, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

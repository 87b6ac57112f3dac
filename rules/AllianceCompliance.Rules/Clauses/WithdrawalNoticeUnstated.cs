using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>A member leaves on notice, so that its tasks can be reassigned and its projects adjusted before it goes.</summary>
internal sealed class WithdrawalNoticeUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC704", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Withdrawal notice not stated", "未约定退出通知期"),
        new("The withdrawal clause {0}, so a member may leave without warning.",
            "退出条款{0}，成员可能不经预告即退出。"),
        new("State in 'noticeDays' how many days' written notice a withdrawing member must give.",
            "在 noticeDays 中写明退出成员须提前多少天书面通知。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a period of notice is drafting practice.",
            "通知期属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Withdrawal withdrawal = null!;
        When().Match(() => withdrawal, w => w.NoticeDays == null || w.NoticeDays <= 0);
        Then().Yield(_ => Rule.At(withdrawal.At("noticeDays"), withdrawal.Clause,
            withdrawal.NoticeDays == null
                ? RuleWords.Notice.Unstated
                : RuleWords.Notice.None));
    }
}

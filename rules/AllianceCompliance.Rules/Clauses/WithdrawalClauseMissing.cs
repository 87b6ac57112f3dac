using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says how a member leaves the alliance, and what happens to its tasks and projects.</summary>
internal sealed class WithdrawalClauseMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC703", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No withdrawal clause", "缺少退出条款"),
        new("The agreement does not say how a member withdraws from the alliance.",
            "协议未约定成员退出联盟的方式。"),
        new("Add 'agreement.withdrawal': the notice a member gives, to whom, and how its tasks, projects and funds are settled.",
            "补充 agreement.withdrawal：成员退出须提前通知的期限和对象，以及其任务、项目和经费的处理方式。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a withdrawal clause is drafting practice; 001 4(4) concerns projects of a withdrawing member (AC730).",
            "退出条款属于起草惯例；001 四（四）针对退出成员承担的项目（见 AC730）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.Withdrawal == null);
        Then().Yield(_ => Rule.At(agreement.At("withdrawal"), agreement.Clause));
    }
}

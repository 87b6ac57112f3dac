using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal binds the members only while the agreement runs: it falls due within the term.</summary>
internal sealed class GoalDueOutsideTerm : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC220", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Goal falls due outside the term", "目标完成时限超出协议期限"),
        new("Goal '{0}' falls due on {1:yyyy-MM-dd}, outside the agreement's term ({2:yyyy-MM-dd} to {3:yyyy-MM-dd}).",
            "目标“{0}”的完成时限为 {1:yyyy-MM-dd}，不在协议期限（{2:yyyy-MM-dd} 至 {3:yyyy-MM-dd}）之内。"),
        new("Bring the goal's due date within the term, or extend the term so that the members remain bound until the goal is due.",
            "将目标完成时限调整到协议期限之内，或延长协议期限，使成员在目标到期前始终受协议约束。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "goals within the term are drafting practice.",
            "目标时限在协议期限内属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Term term = null!;
        Goal goal = null!;
        When()
            .Match(() => agreement)
            .Match(() => term, t => t.From != null && t.To != null && t.From <= t.To)
            .Match(() => goal, g => g.Due != null && (g.Due < term.From || g.Due > term.To));
        Then().Yield(_ => Rule.At(goal.At("due"), goal.Clause ?? agreement.Clause, goal.Id, goal.Due, term.From, term.To));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal no member works towards is unlikely to be met: the division of tasks should cover every goal.</summary>
internal sealed class GoalWithoutTask : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC207", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Goal has no task", "目标没有对应的任务"),
        new("No member has a task towards goal '{0}'.",
            "没有成员承担目标“{0}”的任务。"),
        new("Assign the work for this goal to one or more members under 'agreement.tasks', or drop the goal.",
            "在 agreement.tasks 中将该目标的工作分配给成员，或删除该目标。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Art8Goals,
            "the division of tasks is required of members, not of goals; an unworked goal is a drafting risk.",
            "任务分工针对成员而非目标；无人承担的目标属于起草风险。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        TaskAllocation allocation = null!;
        Goal goal = null!;
        When()
            .Match(() => agreement)
            .Match(() => allocation)
            .Match(() => goal, g => !allocation.Serves(g.Id));
        Then().Yield(_ => Rule.At(goal.Location, goal.Clause ?? agreement.Clause, goal.Id));
    }
}

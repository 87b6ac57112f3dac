using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A specific goal has a date by which it is to be achieved.</summary>
internal sealed class GoalUndated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC203", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Goal has no due date", "目标缺少完成时限"),
        new("Goal '{0}' does not say when it falls due, so it is not a specific goal.",
            "目标“{0}”未写明完成时限，不属于具体目标。"),
        new("Add 'due' to the goal: the date by which it is to be achieved, within the agreement's term.",
            "为该目标补充 due：在协议期限内完成该目标的日期。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Goal goal = null!;
        When()
            .Match(() => agreement)
            .Match(() => goal, g => g.Due == null);
        Then().Yield(_ => Rule.At(goal.At("due"), goal.Clause ?? agreement.Clause, goal.Id));
    }
}

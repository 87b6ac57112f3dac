using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal is specific only when the agreement says how its achievement is measured.</summary>
internal sealed class GoalUnmeasured : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC202", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Goal has no measure", "目标缺少考核指标"),
        new("Goal '{0}' does not say how its achievement is measured, so it is not a specific goal.",
            "目标“{0}”未写明如何考核其完成情况，不属于具体目标。"),
        new("Add 'measure' to the goal: the products, standards, indicators or results by which the members will know it is met.",
            "为该目标补充 measure：据以判断目标完成的产品、标准、指标或成果。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Goal goal = null!;
        When()
            .Match(() => agreement)
            .Match(() => goal, g => string.IsNullOrWhiteSpace(g.Measure));
        Then().Yield(_ => Rule.At(goal.At("measure"), goal.Clause ?? agreement.Clause, goal.Id));
    }
}

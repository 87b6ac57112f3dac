using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A separate measure shows how a goal's achievement is judged (drafting practice; a quantified statement is specific already).</summary>
internal sealed class GoalUnmeasured : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC202", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Goal has no measure", "目标缺少考核指标"),
        new("Goal '{0}' gives no separate measure of its achievement; unless its statement is itself specific (a quantified result), the members may later disagree whether it is met.",
            "目标“{0}”未单独写明考核指标；除非目标表述本身已具体（如量化成果），成员日后可能对是否完成产生分歧。"),
        new("Add 'measure' to the goal: the products, standards, indicators or results by which the members will know it is met.",
            "为该目标补充 measure：据以判断目标完成的产品、标准、指标或成果。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Art8Goals,
            "a goal stated specifically (a quantified result) is specific without a separate measure; a stated measure is drafting practice.",
            "目标表述本身已具体（如量化成果）即属具体目标；另列考核指标属于起草惯例。"),
    };

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

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal usually has a date by which it is to be achieved (drafting practice).</summary>
internal sealed class GoalUndated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC203", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Goal has no due date", "目标缺少完成时限"),
        new("Goal '{0}' does not say when it falls due, so progress towards it cannot be held to a timetable.",
            "目标“{0}”未写明完成时限，无法按时间表考核其进展。"),
        new("Add 'due' to the goal: the date by which it is to be achieved, within the agreement's term.",
            "为该目标补充 due：在协议期限内完成该目标的日期。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Art8Goals,
            "Art. 8(2) does not require a due date per goal; a timetable is drafting practice.",
            "第八条第（二）项未要求每个目标写明完成时限；列明时间表属于起草惯例。"),
    };

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

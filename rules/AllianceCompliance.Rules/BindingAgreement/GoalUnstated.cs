using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal with only an id states nothing to achieve.</summary>
internal sealed class GoalUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC204", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Goal states nothing to achieve", "目标未写明内容"),
        new("Goal '{0}' does not state what is to be achieved.",
            "目标“{0}”未写明要实现的内容。"),
        new("Add 'statement' to the goal: the technological result the alliance commits to.",
            "为该目标补充 statement：联盟承诺实现的技术创新成果。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Goals,
            "a goal that states nothing is not a specific goal the agreement sets forth.",
            "未写明内容的目标不是协议明确的具体目标。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Goal goal = null!;
        When()
            .Match(() => agreement)
            .Match(() => goal, g => string.IsNullOrWhiteSpace(g.Statement));
        Then().Yield(_ => Rule.At(goal.At("statement"), goal.Clause ?? agreement.Clause, goal.Id));
    }
}

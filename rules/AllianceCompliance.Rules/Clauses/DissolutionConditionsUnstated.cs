using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says in which circumstances the alliance is dissolved.</summary>
internal sealed class DissolutionConditionsUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC708", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Dissolution conditions not stated", "未约定解散条件"),
        new("The dissolution clause does not say when the alliance is dissolved.",
            "解散条款未约定联盟解散的条件。"),
        new("State in 'conditions' when the alliance ends, such as its goals being met, its term expiring or its members resolving to dissolve it.",
            "在 conditions 中写明联盟解散的情形，如目标完成、期限届满或成员决议解散。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "dissolution conditions are drafting practice.",
            "解散条件属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Dissolution dissolution = null!;
        When().Match(() => dissolution, d => string.IsNullOrWhiteSpace(d.Conditions));
        Then().Yield(_ => Rule.At(dissolution.At("conditions"), dissolution.Clause));
    }
}

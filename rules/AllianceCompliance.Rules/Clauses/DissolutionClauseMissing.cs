using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says when and how the alliance is dissolved and its affairs wound up.</summary>
internal sealed class DissolutionClauseMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC705", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No dissolution clause", "缺少解散条款"),
        new("The agreement does not say when and how the alliance is dissolved and liquidated.",
            "协议未约定联盟解散的条件、程序和清算。"),
        new("Add 'agreement.dissolution' with its conditions, the procedure that decides it and how assets and obligations are liquidated.",
            "补充 agreement.dissolution：解散条件、解散程序以及资产和债务的清算方式。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a dissolution clause is drafting practice.",
            "解散条款属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.Dissolution == null);
        Then().Yield(_ => Rule.At(agreement.At("dissolution"), agreement.Clause));
    }
}

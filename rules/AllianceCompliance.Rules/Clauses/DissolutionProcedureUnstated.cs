using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement states the procedure by which the alliance is dissolved.</summary>
internal sealed class DissolutionProcedureUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC706", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Dissolution procedure not stated", "未约定解散程序"),
        new("The dissolution clause does not say how dissolution is decided.",
            "解散条款未约定解散的决定程序。"),
        new("State in 'procedure' who decides on dissolution and how, such as a council resolution by a stated majority, and whom it is reported to.",
            "在 procedure 中写明由谁、以何种方式决定解散（如理事会按约定多数表决），以及向谁报告。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a dissolution procedure is drafting practice.",
            "解散程序属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Dissolution dissolution = null!;
        When().Match(() => dissolution, d => string.IsNullOrWhiteSpace(d.Procedure));
        Then().Yield(_ => Rule.At(dissolution.At("procedure"), dissolution.Clause));
    }
}

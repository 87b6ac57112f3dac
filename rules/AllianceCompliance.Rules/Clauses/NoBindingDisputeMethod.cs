using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>Negotiation and mediation settle only what the parties agree to; the clause should name arbitration or litigation for the rest.</summary>
internal sealed class NoBindingDisputeMethod : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC710", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Neither arbitration nor litigation named", "未约定仲裁或诉讼"),
        new("The dispute clause names neither arbitration nor litigation, so a dispute that negotiation does not settle has no agreed forum.",
            "争议解决条款既未约定仲裁也未约定诉讼，协商不成的争议没有约定的解决途径。"),
        new("Add to 'method' either 'arbitration' (with the commission in 'forum') or 'litigation', not both.",
            "在 method 中补充 arbitration（并在 forum 中写明仲裁委员会）或 litigation，二者只能选其一。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "naming arbitration or litigation is drafting practice.",
            "约定仲裁或诉讼属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        DisputeResolution dispute = null!;
        When().Match(() => dispute,
            d => !d.Methods.Contains(DisputeMethod.Arbitration) && !d.Methods.Contains(DisputeMethod.Litigation));
        Then().Yield(_ => Rule.At(dispute.At("method"), dispute.Clause));
    }
}

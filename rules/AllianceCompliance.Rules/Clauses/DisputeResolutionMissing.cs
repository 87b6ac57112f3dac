using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says how disputes between members are resolved.</summary>
internal sealed class DisputeResolutionMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC709", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No dispute resolution clause", "缺少争议解决条款"),
        new("The agreement does not say how disputes between members are resolved.",
            "协议未约定成员之间争议的解决方式。"),
        new("Add 'agreement.disputeResolution' naming either arbitration, with the arbitration commission, or litigation, never both.",
            "补充 agreement.disputeResolution：约定仲裁（写明仲裁委员会）或诉讼，二者只能选其一。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a dispute clause is drafting practice; without one the courts have jurisdiction by law.",
            "争议解决条款属于起草惯例；未约定的依法由法院管辖。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.DisputeResolution == null);
        Then().Yield(_ => Rule.At(agreement.At("disputeResolution"), agreement.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>A clause that lets a party choose arbitration or litigation leaves the arbitration agreement void: it names one, not both.</summary>
internal sealed class ArbitrationAndLitigation : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC711", ConditionId.Clauses, Severity.Error, Cite.ArbitrationLaw,
        new("Both arbitration and litigation named", "同时约定仲裁和诉讼"),
        new("The dispute clause names both arbitration and litigation; such an arbitration agreement is void, and disputes go to court.",
            "争议解决条款同时约定了仲裁和诉讼；此类仲裁协议无效，争议将由法院管辖。"),
        new("Choose one: keep 'arbitration' with the commission in 'forum', or keep 'litigation'; amend the signed clause to match.",
            "二者选其一：保留 arbitration 并在 forum 中写明仲裁委员会，或保留 litigation；并相应修改已签署的条款。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        DisputeResolution dispute = null!;
        When().Match(() => dispute,
            d => d.Methods.Contains(DisputeMethod.Arbitration) && d.Methods.Contains(DisputeMethod.Litigation));
        Then().Yield(_ => Rule.At(dispute.At("method"), dispute.Clause));
    }
}

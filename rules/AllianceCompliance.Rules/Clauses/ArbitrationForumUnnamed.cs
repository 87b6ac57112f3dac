using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>An arbitration agreement names the arbitration commission; without one it is void unless the parties agree one later.</summary>
internal sealed class ArbitrationForumUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC712", ConditionId.Clauses, Severity.Warning, Cite.ArbitrationCommission,
        new("Arbitration commission not named", "未写明仲裁委员会"),
        new("The dispute clause chooses arbitration but names no arbitration commission; unless the members agree on one, the arbitration agreement is void.",
            "争议解决条款约定了仲裁但未写明仲裁委员会；除非成员另行达成补充协议，该仲裁协议无效。"),
        new("Name the arbitration commission in 'forum', as in the signed clause.",
            "按签署的条款在 forum 中写明仲裁委员会。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        DisputeResolution dispute = null!;
        When().Match(() => dispute,
            d => d.Methods.Contains(DisputeMethod.Arbitration) && !d.Methods.Contains(DisputeMethod.Litigation),
            d => string.IsNullOrWhiteSpace(d.Forum));
        Then().Yield(_ => Rule.At(dispute.At("forum"), dispute.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>On dissolution, the alliance's assets, results and obligations are liquidated as the agreement provides.</summary>
internal sealed class LiquidationUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC707", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Liquidation not stated", "未约定清算办法"),
        new("The dissolution clause does not say how the alliance's assets, results and obligations are liquidated.",
            "解散条款未约定联盟资产、成果和债务的清算办法。"),
        new("State in 'liquidation' how remaining funds, assets and results are shared and who settles outstanding obligations, including government-funded projects.",
            "在 liquidation 中写明剩余经费、资产和成果的分配方式，以及未了债务（包括政府资助项目）由谁处理。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a liquidation clause is drafting practice; the Civil Code settles what it leaves open.",
            "清算条款属于起草惯例；未约定的由民法典规定。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Dissolution dissolution = null!;
        When().Match(() => dissolution, d => string.IsNullOrWhiteSpace(d.Liquidation));
        Then().Yield(_ => Rule.At(dissolution.At("liquidation"), dissolution.Clause));
    }
}

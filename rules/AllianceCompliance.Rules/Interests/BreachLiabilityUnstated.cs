using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Liability for breach is pursued to protect the members' rights: the agreement states it.</summary>
internal sealed class BreachLiabilityUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC509", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("No liability for breach", "未约定违约责任"),
        new("The agreement states no liability for a member that breaches it.",
            "协议未约定成员违约应承担的责任。"),
        new("State in 'agreement.breachLiability' what a member in breach answers for (compensation, recovery of funds, expulsion) and the article that says so.",
            "在 agreement.breachLiability 中写明违约成员应承担的责任（赔偿、追回经费、除名等）及所在条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Breach,
            "breach liability is part of the interest-protection mechanism.",
            "违约责任是利益保障机制的组成部分。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.BreachLiability == null || string.IsNullOrWhiteSpace(a.BreachLiability.Text));
        Then().Yield(_ => agreement.BreachLiability == null
            ? Rule.At(agreement.At("breachLiability"), null)
            : Rule.At(agreement.BreachLiability.At("text"), agreement.BreachLiability.Clause));
    }
}

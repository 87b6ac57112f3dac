using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>When the agreement comes into effect should be stated, so that its effect after joint signature can be shown.</summary>
internal sealed class EffectiveDateUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC219", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Effective date not stated", "未写明生效日期"),
        new("The agreement does not say when it takes effect.",
            "协议未写明生效日期。"),
        new("Add 'effectiveFrom': the day the agreement takes effect, no earlier than the last signature.",
            "补充 effectiveFrom：协议生效之日，不早于最后一方签署之日。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "an effective date not written down is a gap in recording.",
            "未写明生效日期属于记录缺失。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.EffectiveFrom == null);
        Then().Yield(_ => Rule.At(agreement.At("effectiveFrom"), agreement.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement is identified by its title, the one the signatories signed.</summary>
internal sealed class TitleUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC221", ConditionId.Agreement, Severity.Warning, Cite.Templates,
        new("Agreement title not stated", "未写明协议名称"),
        new("The agreement's title is not stated, so the summary cannot be matched with the signed text.",
            "未写明协议名称，无法将本摘要与签署文本对应。"),
        new("Add 'agreement.title' exactly as on the signed agreement.",
            "按签署文本补充 agreement.title。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a title identifies the signed text; drafting practice.",
            "协议名称用于识别签署文本，属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => string.IsNullOrWhiteSpace(a.Title));
        Then().Yield(_ => Rule.At(agreement.At("title"), agreement.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>An alliance agreement's body begins with the alliance's name.</summary>
internal sealed class AllianceUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC031", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.Art8Item2, Cite.Templates),
        new("Alliance's name not stated", "未写明联盟名称"),
        new("The alliance's name is not stated, so the summary cannot be matched with the signed agreement.",
            "未写明联盟名称，无法将本摘要与签署的协议对应。"),
        new("Fill in 'alliance.name' exactly as in the signed agreement.",
            "按签署的协议填写 alliance.name。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Templates,
            "a name not written down in the summary is a gap in recording; it identifies the signed text.",
            "摘要未写明名称属于记录缺失；名称用于识别签署文本。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When().Match(() => alliance, a => string.IsNullOrWhiteSpace(a.Name));
        Then().Yield(_ => Rule.At(alliance.At("name"), null));
    }
}

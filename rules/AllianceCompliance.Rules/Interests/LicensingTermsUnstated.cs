using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>On what terms the alliance's results may be used is agreed in advance.</summary>
internal sealed class LicensingTermsUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC504", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Licensing terms not agreed", "未约定许可使用"),
        new("The agreement does not settle in advance on what terms members and others may use the alliance's results and IP.",
            "协议未事先约定成员及其他单位许可使用联盟成果和知识产权的条件。"),
        new("State in 'intellectualProperty.licensing' the terms for members (for example royalty-free within alliance projects) and for others.",
            "在 intellectualProperty.licensing 中写明成员（如在联盟项目内免费使用）和其他单位的许可使用条件。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "licensing is one of the three terms to be defined in advance.",
            "许可使用是须事先约定的三项之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        IntellectualProperty ip = null!;
        When().Match(() => ip, p => string.IsNullOrWhiteSpace(p.Licensing));
        Then().Yield(_ => Rule.At(ip.At("licensing"), ip.Clause));
    }
}

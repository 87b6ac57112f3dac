using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>What each member brings in, and on what terms others may use it, is agreed before work starts.</summary>
internal sealed class BackgroundIpUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC502", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Background IP not agreed", "未约定背景知识产权"),
        new("The agreement does not say how the IP members bring into the alliance is owned and may be used.",
            "协议未约定成员带入联盟的既有知识产权的归属和使用方式。"),
        new("State in 'intellectualProperty.background' that each member keeps its prior IP and on what terms the others may use it in alliance projects.",
            "在 intellectualProperty.background 中写明各成员保留其既有知识产权，以及其他成员在联盟项目中使用的条件。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        IntellectualProperty ip = null!;
        When().Match(() => ip, p => string.IsNullOrWhiteSpace(p.Background));
        Then().Yield(_ => Rule.At(ip.At("background"), ip.Clause));
    }
}

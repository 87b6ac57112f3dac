using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>How revenue from commercialising the results is distributed is agreed in advance.</summary>
internal sealed class RevenueSharingUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC505", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Revenue sharing not agreed", "未约定收益分配"),
        new("The agreement does not settle in advance how revenue from commercialising the alliance's results is shared.",
            "协议未事先约定联盟成果转化收益的分配方式。"),
        new("State the rule of distribution in 'intellectualProperty.revenueSharing.text', and each member's share in 'shares' where it is fixed.",
            "在 intellectualProperty.revenueSharing.text 中写明分配原则；份额已确定的，在 shares 中列明各成员比例。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "revenue distribution is one of the three terms to be defined in advance.",
            "收益分配是须事先约定的三项之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        IntellectualProperty ip = null!;
        When().Match(() => ip,
            p => p.RevenueSharing == null || (string.IsNullOrWhiteSpace(p.RevenueSharing.Text) && p.RevenueSharing.Shares.IsEmpty));
        Then().Yield(_ => Rule.At(ip.At("revenueSharing"), ip.Clause));
    }
}

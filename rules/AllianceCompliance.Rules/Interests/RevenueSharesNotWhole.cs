using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Shares fixed in advance divide the whole revenue: together they make exactly 100 percent.</summary>
internal sealed class RevenueSharesNotWhole : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC506", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Revenue shares do not add up to 100 percent", "收益分配比例合计不等于 100%"),
        new("The {0} revenue share(s) add up to {1:0.####} percent, not 100.",
            "{0} 项收益分配比例合计为 {1:0.####}%，而不是 100%。"),
        new("Correct the percentages in 'intellectualProperty.revenueSharing.shares' so that together they are exactly 100.",
            "调整 intellectualProperty.revenueSharing.shares 中的比例，使合计恰好为 100%。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        IntellectualProperty ip = null!;
        RevenueSharing sharing = null!;
        IEnumerable<RevenueShare> shares = null!;
        decimal total = 0;
        When()
            .Match(() => ip)
            .Match(() => sharing, s => !s.Shares.IsEmpty)
            .Query(() => shares, q => q.Match<RevenueShare>().Collect())
            .Let(() => total, () => shares.Sum(s => s.Percent ?? 0))
            .Having(() => total != 100);
        Then().Yield(_ => Rule.At(sharing.At("shares"), sharing.Clause ?? ip.Clause, shares.Count(), total));
    }
}

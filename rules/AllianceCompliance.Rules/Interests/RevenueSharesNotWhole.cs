using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>
/// Shares fixed in advance divide the whole revenue: together they make 100 percent, within 0.1 point
/// of rounding (three shares of 33.33), or less when the agreement states where the remainder goes.
/// </summary>
internal sealed class RevenueSharesNotWhole : ComplianceRule
{
    /// <summary>The rounding tolerated: three shares of 33.33 percent make 99.99.</summary>
    private const decimal Tolerance = 0.1m;

    public static readonly RuleDescriptor Rule = new(
        "AC506", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Revenue shares do not add up to 100 percent", "收益分配比例合计不等于 100%"),
        new("The {0} revenue share(s) add up to {1:0.####} percent, {2}.",
            "{0} 项收益分配比例合计为 {1:0.####}%，{2}。"),
        new("Correct the percentages in 'intellectualProperty.revenueSharing.shares' so that together they make 100; where the agreement leaves part of the revenue to another use (such as an alliance fund), state it in 'revenueSharing.remainder'.",
            "调整 intellectualProperty.revenueSharing.shares 中的比例，使合计为 100%；协议将部分收益留作他用（如联盟基金）的，在 revenueSharing.remainder 中写明。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "shares that over-allocate, or leave revenue undistributed with no stated remainder, do not define the distribution; rounding within 0.1 point (three shares of 33.33) is tolerated.",
            "超额分配，或留有未分配部分又未约定余额去向，均未明确分配办法；0.1 个百分点以内的舍入差（如三方各 33.33%）不视为问题。"),
    };

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
            .Having(() => total > 100 + Tolerance || (total < 100 - Tolerance && string.IsNullOrWhiteSpace(sharing.Remainder)));
        Then().Yield(_ => Rule.At(sharing.At("shares"), sharing.Clause ?? ip.Clause, shares.Count(), total,
            total > 100
                ? RuleWords.Share.MoreThanWhole
                : RuleWords.Share.RestUnassigned));
    }
}

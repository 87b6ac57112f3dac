using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>A share fixed in advance states its size: a percentage from 0 to 100.</summary>
internal sealed class RevenueSharePercentMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC507", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Revenue share without a valid percentage", "收益分配比例缺失或无效"),
        new("The revenue share of member {0} {1}.",
            "成员{0}的收益分配比例{1}。"),
        new("Give each share's 'percent' as a number from 0 to 100.",
            "为每项份额填写 0 至 100 之间的 percent。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "a share without a valid size does not define the distribution in advance.",
            "没有有效比例的份额未事先明确分配办法。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        IntellectualProperty ip = null!;
        RevenueShare share = null!;
        Member member = null!;
        When()
            .Match(() => ip)
            .Match(() => roster)
            .Match(() => share, s => s.Percent == null || s.Percent < 0 || s.Percent > 100)
            .Let(() => member, () => roster.Find(share.Member)!);
        Then().Yield(_ => Rule.At(share.At("percent"), share.Clause ?? (ip.RevenueSharing == null ? null : ip.RevenueSharing.Clause) ?? ip.Clause, Names.Of(member),
            share.Percent == null
                ? RuleWords.Share.NoPercent
                : RuleWords.Share.OutOfRange.Format(share.Percent)));
    }
}

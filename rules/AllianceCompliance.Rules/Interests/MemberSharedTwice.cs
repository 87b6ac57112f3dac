using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Each member has one share; a second share for the same member is a slip or an ambiguity.</summary>
internal sealed class MemberSharedTwice : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC508", ConditionId.Interests, Severity.Warning, Cite.Art8Item5,
        new("Member given two revenue shares", "同一成员有两项收益分配份额"),
        new("Member {0} is given a second revenue share (share {1}; its first is share {2}).",
            "成员{0}有第二项收益分配份额（第 {1} 项；第一项为第 {2} 项）。"),
        new("Give each member one share in 'intellectualProperty.revenueSharing.shares', merging the two.",
            "在 intellectualProperty.revenueSharing.shares 中每个成员只列一项，合并重复的份额。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Interests,
            "two shares of one member are ambiguous in the summary.",
            "同一成员两项份额在摘要中含义不清。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        IntellectualProperty ip = null!;
        IEnumerable<RevenueShare> shares = null!;
        IReadOnlyDictionary<string, int> first = null!;
        RevenueShare share = null!;
        Member member = null!;
        int firstIndex = 0;
        When()
            .Match(() => ip)
            .Match(() => roster)
            .Query(() => shares, q => q.Match<RevenueShare>(s => s.Member != null).Collect())
            .Let(() => first, () => FirstShareOfEachMember(shares))
            .Match(() => share, s => s.Member != null)
            .Having(() => first[share.Member!] < share.Index)
            .Let(() => member, () => roster.Find(share.Member)!)
            .Let(() => firstIndex, () => first[share.Member!]);
        Then().Yield(_ => Rule.At(share.At("member"), share.Clause ?? (ip.RevenueSharing == null ? null : ip.RevenueSharing.Clause) ?? ip.Clause, Names.Of(member), share.Index + 1, firstIndex + 1));
    }

    private static IReadOnlyDictionary<string, int> FirstShareOfEachMember(IEnumerable<RevenueShare> shares)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var share in shares)
        {
            if (!first.TryGetValue(share.Member!, out var index) || share.Index < index)
            {
                first[share.Member!] = share.Index;
            }
        }

        return first;
    }
}

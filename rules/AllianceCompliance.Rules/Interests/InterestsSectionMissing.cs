using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Rights to results, licensing and revenue sharing are agreed in advance; an agreement silent on them has no interest-protection mechanism.</summary>
internal sealed class InterestsSectionMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC501", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("IP and revenue sharing not agreed", "未约定知识产权与收益分配"),
        new("The agreement does not settle in advance who owns the alliance's results and IP, how they are licensed and how revenue from them is shared.",
            "协议未事先约定联盟成果和知识产权的权利归属、许可使用和转化收益分配。"),
        new("Add an 'intellectualProperty' section with the article that settles background IP, ownership of results, licensing terms and revenue sharing.",
            "补充 intellectualProperty 部分，写明约定背景知识产权、成果归属、许可使用和收益分配的条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "an agreement silent on IP settles none of the three in advance.",
            "未涉及知识产权的协议未事先约定任何一项。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When()
            .Match(() => alliance)
            .Not<IntellectualProperty>();
        Then().Yield(_ => Rule.At(SourceLocation.Root.Child("intellectualProperty"), null));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>An alliance is composed of several independent legal entities: one member is not an alliance.</summary>
internal sealed class TooFewMembers : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC101", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("Fewer than two members", "成员少于两家"),
        new("The alliance has {0} member(s); it must be composed of several independent legal entities.",
            "联盟只有 {0} 家成员；联盟应由多个独立法人单位组成。"),
        new("List every member unit under 'members', each an independent legal person.",
            "在 members 中列出全部成员单位，每家均应为独立法人。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Members,
            "one member is not \"multiple\" legal entities; a basic condition is not met.",
            "一家成员不构成“多个”法人，基本条件未满足。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        When().Match(() => roster, r => r.Members.Length < 2);
        Then().Yield(_ => Rule.At(roster.Location, null, roster.Members.Length));
    }
}

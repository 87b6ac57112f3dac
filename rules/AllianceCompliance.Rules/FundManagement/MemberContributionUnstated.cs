using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Each member's capital investment is spelled out: the sources list a contribution of every member (one finding naming those without).</summary>
internal sealed class MemberContributionUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC432", ConditionId.Funds, Severity.Warning, Cite.CoatingAllianceRisk,
        new("Members' contributions not stated", "未写明成员出资"),
        new("The sources of funds list no contribution of {0} member(s): {1}.",
            "经费来源中没有 {0} 家成员的出资：{1}。"),
        new("Add the member's contribution (money, or in kind at an agreed value) to 'funds.sources' with 'kind: member-contribution'; if it contributes nothing, say so in the agreement.",
            "在 funds.sources 中以 kind: member-contribution 补充该成员的出资（资金或约定作价的实物）；如其不出资，应在协议中写明。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.CoatingReport,
            "a secondary report recommends spelling out each party's capital investment; Art. 8 does not require every member to contribute.",
            "二手报道建议明确各方资金投入；第八条并未要求每个成员出资。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        Roster roster = null!;
        IReadOnlyList<Member> silent = null!;
        // One finding for the agreement, naming the members: the contributors are made a set once.
        When()
            .Match(() => funds, f => !f.Sources.IsEmpty)
            .Match(() => roster)
            .Let(() => silent, () => WithoutContribution(funds, roster))
            .Having(() => silent.Count > 0);
        Then().Yield(_ => Rule.At(funds.At("sources"), funds.Clause, silent.Count, Names.List(silent.Select(Names.Of))));
    }

    private static List<Member> WithoutContribution(Funds funds, Roster roster)
    {
        var contributors = funds.Sources.Where(s => s.Kind == FundSourceKind.MemberContribution && s.From != null)
            .Select(s => s.From!).ToHashSet(StringComparer.Ordinal);
        return [.. roster.Members.Where(m => !contributors.Contains(m.Id))];
    }
}

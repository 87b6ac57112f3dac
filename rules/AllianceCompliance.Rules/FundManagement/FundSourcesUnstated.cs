using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Capital investment is spelled out in the agreement; without sources, who pays and who bears the risk is unknown.</summary>
internal sealed class FundSourcesUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC408", ConditionId.Funds, Severity.Warning, Cite.Join(Cite.Art8Item4, Cite.CoatingAllianceRisk),
        new("Sources of funds not stated", "未说明经费来源"),
        new("The agreement does not say where the alliance's money comes from, so neither the members' capital investment nor any grant can be checked.",
            "协议未说明联盟经费来源，无法核查成员出资和政府资助情况。"),
        new("List the sources in 'funds.sources': each member's contribution and any government grant with its supervising authority.",
            "在 funds.sources 中列明经费来源：各成员出资，以及政府资助经费及其监督部门。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        When().Match(() => funds, f => f.Sources.IsEmpty);
        Then().Yield(_ => Rule.At(funds.At("sources"), funds.Clause));
    }
}

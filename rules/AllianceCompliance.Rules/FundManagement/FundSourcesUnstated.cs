using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Capital investment is spelled out in the agreement; without sources, who pays and who bears the risk is unknown.</summary>
internal sealed class FundSourcesUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC408", ConditionId.Funds, Severity.Warning, Cite.CoatingAllianceRisk,
        new("Sources of funds not stated", "未说明经费来源"),
        new("The agreement does not say where the alliance's money comes from, so neither the members' capital investment nor any grant can be checked.",
            "协议未说明联盟经费来源，无法核查成员出资和政府资助情况。"),
        new("List the fund sources ('funds.sources'): each member's contribution and any government grant with its supervising authority.",
            "列明经费来源（funds.sources）：各成员出资，以及政府资助经费及其监督部门。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.CoatingReport,
            "capital investment spelled out is recommended by a secondary report; not a condition of Art. 8.",
            "明确资金投入是二手报道的建议，不属于第八条的基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        When().Match(() => funds, f => f.Sources.IsEmpty);
        Then().Yield(_ => Rule.At(funds.At("sources"), funds.Clause));
    }
}

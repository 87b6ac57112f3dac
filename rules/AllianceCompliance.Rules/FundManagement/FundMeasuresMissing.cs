using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>The alliance formulates internal management measures for its funds.</summary>
internal sealed class FundMeasuresMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC402", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("No fund management measures", "没有经费管理办法"),
        new("The agreement names no internal management measures for the alliance's funds.",
            "协议未规定联盟经费的内部管理办法。"),
        new("Adopt fund management measures and describe them in 'funds.managementMeasures': the article, the document's title and what it covers.",
            "制定联盟经费管理办法，并在 funds.managementMeasures 中写明所在条款、办法名称及其涵盖内容。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Funds,
            "fund management measures are required.",
            "须制定经费管理办法。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        When().Match(() => funds, f => f.ManagementMeasures == null);
        Then().Yield(_ => Rule.At(funds.At("managementMeasures"), funds.Clause));
    }
}

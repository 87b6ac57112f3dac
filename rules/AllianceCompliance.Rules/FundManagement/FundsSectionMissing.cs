using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>A sound financial management system is a basic condition: an agreement silent on funds does not show one.</summary>
internal sealed class FundsSectionMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC401", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("Funds not addressed", "未约定联盟经费"),
        new("The agreement says nothing about the alliance's funds: no management measures, no oversight of their use, no sources.",
            "协议未涉及联盟经费：没有经费管理办法、使用监督机制，也没有经费来源。"),
        new("Add a 'funds' section: the fund management measures, the internal oversight mechanism, the custodian and the sources of money.",
            "补充 funds 部分：经费管理办法、内部监督机制、经费管理单位和经费来源。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Funds,
            "an agreement silent on funds has neither measures nor oversight.",
            "未涉及经费的协议既无管理办法也无监督机制。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When()
            .Match(() => alliance)
            .Not<Funds>();
        Then().Yield(_ => Rule.At(SourceLocation.Root.Child("funds"), null));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>The alliance establishes an internal mechanism that oversees the use of its funds.</summary>
internal sealed class FundOversightMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC405", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("No internal oversight of funds", "没有经费内部监督机制"),
        new("The agreement states no internal mechanism that oversees the use of the alliance's funds.",
            "协议未规定联盟经费使用的内部监督机制。"),
        new("Describe the oversight mechanism in 'funds.oversight.mechanism', such as an annual audit reported to the council, with the article that sets it up.",
            "在 funds.oversight.mechanism 中写明监督机制（如年度审计并向理事会报告）及其所在条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Funds,
            "an internal oversight mechanism for the use of funds is required.",
            "须建立经费使用的内部监督机制。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        When().Match(() => funds, f => f.Oversight == null || string.IsNullOrWhiteSpace(f.Oversight.Mechanism));
        Then().Yield(_ => funds.Oversight == null
            ? Rule.At(funds.At("oversight"), funds.Clause)
            : Rule.At(funds.Oversight.At("mechanism"), funds.Oversight.Clause ?? funds.Clause));
    }
}

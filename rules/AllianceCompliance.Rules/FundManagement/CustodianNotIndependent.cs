using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// The alliance may entrust its funds to the supporting unit of its permanent body; a custodian that
/// is not an independent legal person cannot hold and answer for them in its own name.
/// </summary>
internal sealed class CustodianNotIndependent : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC431", ConditionId.Funds, Severity.Warning, Cite.Art8Item4,
        new("Fund custodian is not an independent legal person", "经费管理单位不是独立法人"),
        new("Member {0}, which keeps the alliance's funds, is not an independent legal person, so it cannot hold and answer for them in its own name.",
            "管理联盟经费的成员{0}不是独立法人，不能以自身名义持有并对经费负责。"),
        new("Entrust the funds to a member that is an independent legal person, such as the supporting unit of the permanent body, and name it in 'funds.custodian'.",
            "将经费委托给具有独立法人资格的成员（如常设机构的依托单位）管理，并在 funds.custodian 中写明。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.Art8Custodian,
            "who keeps the funds is left to the alliance (\"may\"); a custodian without legal personality is a risk to the funds, not a breach of a basic condition.",
            "由谁管理经费由联盟决定（“可”）；非法人管理经费是经费安全风险，而非违反基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        Member custodian = null!;
        When()
            .Match(() => funds, f => f.Custodian != null)
            .Match(() => custodian, m => m.Id == funds.Custodian && m.LegalPerson != null && m.LegalPerson.Independent == false);
        Then().Yield(_ => Rule.At(funds.At("custodian"), funds.Clause, Names.IdOf(custodian)));
    }
}

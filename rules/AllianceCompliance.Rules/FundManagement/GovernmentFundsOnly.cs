using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Members share the risk: an alliance paid for by government grants alone is not a community of shared risk.</summary>
internal sealed class GovernmentFundsOnly : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC407", ConditionId.Funds, Severity.Warning, Cite.Join(Cite.Art2, Cite.CoatingAllianceRisk),
        new("Financed by government grants alone", "仅靠政府资助经费"),
        new("The alliance's funds come from government grants, and no member contributes money of its own; the risk of R&D is not shared by the members.",
            "联盟经费来自政府资助，没有成员单位投入自有资金；研发风险未由成员共同承担。"),
        new("Commit member contributions in 'funds.sources' (kind: member-contribution), so the members bear the risk together with the state.",
            "在 funds.sources 中约定成员单位出资（kind: member-contribution），使风险由成员共同承担。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.CoatingReport,
            "shared risk is a principle (Art. 2) and the report is secondary; not a condition of Art. 8.",
            "风险共担是原则（第二条），该报道为二手资料；不属于第八条的基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        When()
            .Match(() => funds)
            .Exists<FundSource>(s => s.Kind == FundSourceKind.GovernmentGrant)
            .Not<FundSource>(s => s.Kind == FundSourceKind.MemberContribution);
        Then().Yield(_ => Rule.At(funds.At("sources"), funds.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>The use of government grants is supervised by the relevant authorities; each grant names its supervisor.</summary>
internal sealed class GrantSupervisorUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC406", ConditionId.Funds, Severity.Warning, Cite.Art8Item4,
        new("Government grant without supervising authority", "政府资助经费未明确监督部门"),
        new("The government grant from '{0}' does not name the authority that supervises its use.",
            "来自“{0}”的政府资助经费未写明监督其使用的主管部门。"),
        new("Name in 'supervisedBy' the authority that supervises the grant under its regulations, and accept its supervision in the agreement.",
            "在 supervisedBy 中写明按有关规定监督该经费使用的部门，并在协议中约定接受其监督。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Grants,
            "the supervision follows from the regulations whether or not the agreement names the authority; an unnamed one is a gap in recording.",
            "无论协议是否写明部门，监督均依有关规定进行；未写明监督部门属于记录缺失。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        FundSource grant = null!;
        When()
            .Match(() => funds)
            .Match(() => grant, s => s.Kind == FundSourceKind.GovernmentGrant, s => string.IsNullOrWhiteSpace(s.SupervisedBy));
        Then().Yield(_ => Rule.At(grant.At("supervisedBy"), grant.Clause ?? funds.Clause,
            string.IsNullOrWhiteSpace(grant.From) ? $"funds.sources[{grant.Index}]" : grant.From));
    }
}

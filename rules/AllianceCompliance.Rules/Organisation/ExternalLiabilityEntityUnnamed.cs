using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The entity that bears the alliance's external obligations must be clearly defined.</summary>
internal sealed class ExternalLiabilityEntityUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC307", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("External liability entity not named", "未明确对外责任主体"),
        new("The agreement does not name the member that bears the alliance's external obligations.",
            "协议未明确由哪家成员承担联盟的对外责任。"),
        new("Name that member's id in 'governance.externalLiabilityEntity', as the agreement provides; usually the lead enterprise or the supporting unit of the permanent body.",
            "按协议约定在 governance.externalLiabilityEntity 中填写该成员的 id；通常为牵头企业或常设机构的依托单位。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        When().Match(() => governance, g => string.IsNullOrWhiteSpace(g.ExternalLiabilityEntity));
        Then().Yield(_ => Rule.At(governance.At("externalLiabilityEntity"), governance.Clause));
    }
}

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
        new("The agreement does not name the entity that bears the alliance's external obligations.",
            "协议未明确承担联盟对外责任的主体。"),
        new("Name it in 'governance.externalLiabilityEntity', as the agreement provides: a member's id (usually the lead unit or the supporting unit of the permanent body), or 'alliance' where the alliance is itself a legal person, with its details under 'alliance.legalPerson'.",
            "按协议约定在 governance.externalLiabilityEntity 中填写：成员的 id（通常为牵头单位或常设机构的依托单位）；联盟本身为法人的，填写 alliance，并在 alliance.legalPerson 中写明其法人信息。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Liability,
            "no entity named means none is clearly defined; a member, or the alliance itself where it is a legal person, may be named.",
            "未指明任何主体即未明确对外责任主体；可指定成员，联盟本身为法人的也可指定联盟。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        When().Match(() => governance, g => string.IsNullOrWhiteSpace(g.ExternalLiabilityEntity));
        Then().Yield(_ => Rule.At(governance.At("externalLiabilityEntity"), governance.Clause));
    }
}

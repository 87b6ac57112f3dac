using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>Only an independent legal person can bear obligations in its own name: the external liability entity must be one.</summary>
internal sealed class ExternalLiabilityEntityNotIndependent : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC308", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("External liability entity is not an independent legal person", "对外责任主体不是独立法人"),
        new("{0}, named to bear the alliance's external obligations, is not an independent legal person and cannot bear them in its own name.",
            "被指定承担联盟对外责任的“{0}”不是独立法人，不能以自身名义承担责任。"),
        new("Name a member that is an independent legal person (or the alliance, where it is registered as one) as 'governance.externalLiabilityEntity'.",
            "将一家具有独立法人资格的成员（或已登记为法人的联盟本身）指定为 governance.externalLiabilityEntity。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Liability,
            "an entity without legal personality cannot bear obligations in its own name, so none is effectively defined.",
            "不具有法人资格的单位不能以自身名义承担责任，对外责任主体实际未明确。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Roster roster = null!;
        Alliance alliance = null!;
        LegalPerson? entity = null;
        LocalizedText name = null!;
        When()
            .Match(() => governance, g => g.ExternalLiabilityEntity != null)
            .Match(() => roster)
            .Match(() => alliance)
            .Let(() => entity, () => LegalPersonOf(governance.ExternalLiabilityEntity!, roster, alliance))
            .Having(() => entity != null && entity.Independent == false)
            .Let(() => name, () => NameOf(governance.ExternalLiabilityEntity!, roster));
        Then().Yield(_ => Rule.At(governance.At("externalLiabilityEntity"), governance.Clause, name));
    }

    // The member's details, or the alliance's own where the alliance itself is named (and no member has that id).
    private static LegalPerson? LegalPersonOf(string entity, Roster roster, Alliance alliance) =>
        roster.Find(entity) is { } member ? member.LegalPerson
            : entity == Governance.AllianceItself ? alliance.LegalPerson
            : null;

    private static LocalizedText NameOf(string entity, Roster roster) =>
        roster.Find(entity) is { } member ? Names.Of(member) : RuleWords.Insider.AllianceItself.Format(entity);
}

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
        new("Member {0}, named to bear the alliance's external obligations, is not an independent legal person and cannot bear them in its own name.",
            "被指定承担联盟对外责任的成员{0}不是独立法人，不能以自身名义承担责任。"),
        new("Name a member that is an independent legal person as 'governance.externalLiabilityEntity'.",
            "将一家具有独立法人资格的成员指定为 governance.externalLiabilityEntity。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Roster roster = null!;
        Member? entity = null;
        When()
            .Match(() => governance, g => g.ExternalLiabilityEntity != null)
            .Match(() => roster)
            .Let(() => entity, () => roster.Find(governance.ExternalLiabilityEntity))
            .Having(() => entity != null && entity.LegalPerson != null && entity.LegalPerson.Independent == false);
        Then().Yield(_ => Rule.At(governance.At("externalLiabilityEntity"), governance.Clause, Names.Of(entity!)));
    }
}

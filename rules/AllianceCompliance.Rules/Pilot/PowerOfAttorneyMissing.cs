using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>Where someone other than the legal representative signed, the dossier holds the original power of attorney.</summary>
internal sealed class PowerOfAttorneyMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC803", ConditionId.Pilot, Severity.Error, Cite.PilotApplication,
        new("Powers of attorney missing from the dossier", "申请材料缺少授权委托书"),
        new("{0} signature(s) were made by authorised agents (the first for member {1}), but the dossier lists no original powers of attorney.",
            "有 {0} 个签署由委托代理人完成（第一个为成员{1}），但申请材料未列入授权委托书原件。"),
        new("Add the legal representatives' original powers of attorney to the dossier and 'powers-of-attorney' to 'application.materials'.",
            "将法定代表人授权委托书原件补入申请材料，并在 application.materials 中加入 powers-of-attorney。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.PilotDossier,
            "where an agent signed, the original power of attorney is required.",
            "委托代理人签署的，须提交授权委托书原件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        PilotApplication application = null!;
        IEnumerable<Signature> byAgents = null!;
        Member first = null!;
        When()
            .Match(() => application, a => !a.Materials.Contains(PilotMaterial.PowersOfAttorney))
            .Match(() => roster)
            .Query(() => byAgents, q => q.Match<Signature>(s => s.Capacity == SignatoryCapacity.AuthorizedAgent).Collect().Where(c => c.Any()))
            .Let(() => first, () => roster.Find(byAgents.MinBy(s => s.Index)!.Member)!);
        Then().Yield(_ => Rule.At(application.At("materials"), application.Clause, byAgents.Count(), Names.Of(first)));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>
/// Universities and research institutes should bring frontier expertise in the alliance's fields. Read
/// from the clause reading of <c>expertise</c>, so that a value that says nothing (无, 暂无, N/A) counts as none.
/// </summary>
internal sealed class ExpertiseUnstated : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC111", ConditionId.LegalEntities, Severity.Warning, Cite.Art8Item1,
        new("Frontier expertise not evidenced", "未说明前沿技术优势"),
        new("{1} {0} gives no evidence of frontier expertise in the alliance's technology fields.",
            "{1}{0}未说明其在联盟合作技术领域的前沿优势。"),
        new("Add 'expertise': key laboratories, research centres or results in the alliance's fields.",
            "补充 expertise：在联盟技术领域的重点实验室、研究中心或研究成果。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.Art8Standing,
            "\"should\" describes what members bring; missing evidence may only be a gap in recording.",
            "“应”描述成员应具备的优势；未提供依据可能只是记录缺失。"),
        Phrases = Reacts.ToNothing(Duty.Expertise),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading expertise = null!;
        When().Match(() => expertise,
            r => r.Duty == Duty.Expertise && r.SaysNothing,
            r => r.Member != null && (r.Member.Kind == MemberKind.University || r.Member.Kind == MemberKind.ResearchInstitute));
        Then().Yield(_ => Rule.At(expertise.Location, expertise.Clause, Names.Of(expertise.Member!),
            expertise.Member!.Kind == MemberKind.University ? RuleWords.Expertise.University : RuleWords.Expertise.ResearchInstitute));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Universities and research institutes should bring frontier expertise in the alliance's fields.</summary>
internal sealed class ExpertiseUnstated : ComplianceRule
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
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member,
            m => m.Kind == MemberKind.University || m.Kind == MemberKind.ResearchInstitute,
            m => string.IsNullOrWhiteSpace(m.Expertise));
        Then().Yield(_ => Rule.At(member.At("expertise"), member.Clause, Names.Of(member),
            member.Kind == MemberKind.University ? new LocalizedText("University", "高校") : new LocalizedText("Research institute", "科研机构")));
    }
}

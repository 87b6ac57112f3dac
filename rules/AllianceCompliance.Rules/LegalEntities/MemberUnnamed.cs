using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Each member is an independent legal entity, named exactly as on its licence and seal.</summary>
internal sealed class MemberUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC030", ConditionId.LegalEntities, Severity.Warning, Cite.Join(Cite.Art8Item1, Cite.Templates),
        new("Member's name not stated", "未写明成员名称"),
        new("Member {0} has no name, so it is not shown which legal entity it is.",
            "成员{0}未写明名称，无法确认其为哪一法人单位。"),
        new("Fill in 'name' with the member's full registered name, exactly as on its licence and seal.",
            "在 name 中填写成员的完整登记名称，与其证照和印章一致。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Members,
            "a member's name not written down is a gap in recording; without it the legal entity cannot be identified.",
            "未写明成员名称属于记录缺失；无此名称无法识别该法人。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member, m => string.IsNullOrWhiteSpace(m.Name));
        Then().Yield(_ => Rule.At(member.At("name"), null, Names.IdOf(member)));
    }
}

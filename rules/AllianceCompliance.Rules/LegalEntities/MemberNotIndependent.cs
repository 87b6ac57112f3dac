using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>A branch office or internal department is not an independent legal entity and cannot be a member.</summary>
internal sealed class MemberNotIndependent : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC104", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("Member is not an independent legal entity", "成员不是独立法人"),
        new("Member {0} is not an independent legal entity (a branch office or internal department).",
            "成员{0}不是独立法人（属于分支机构或内设部门）。"),
        new("Make the legal person it belongs to the member; it signs and answers in its own name.",
            "改由其所属的法人单位作为成员，以自身名义签署并承担责任。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Members,
            "a member that is not an independent legal entity breaks the basic condition (a branch or department is not a legal person: Civil Code Art. 74).",
            "非独立法人的成员不符合基本条件（分支机构或内设部门不具有法人资格：民法典第七十四条）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member, m => m.LegalPerson != null && m.LegalPerson.Independent == false);
        Then().Yield(_ => Rule.At(member.LegalPerson!.At("independent"), member.Clause, Names.Of(member)));
    }
}

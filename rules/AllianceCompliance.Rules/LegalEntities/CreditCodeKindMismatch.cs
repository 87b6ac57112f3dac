using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>The first two characters of a credit code say what was registered; they should fit the member's kind.</summary>
internal sealed class CreditCodeKindMismatch : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC108", ConditionId.LegalEntities, Severity.Warning, Cite.CreditCodeStandard,
        new("Credit code does not fit the member's kind", "统一社会信用代码与成员类型不符"),
        new("Member {0} is listed as {1}, but its credit code '{2}' is registered as something else (enterprises start with 91, public institutions with 1, social organisations with 5).",
            "成员{0}在协议中列为{1}，但其统一社会信用代码“{2}”的登记类别不符（企业以 91 开头，事业单位以 1 开头，社会组织以 5 开头）。"),
        new("Correct the member's kind or its credit code, whichever is wrong.",
            "更正成员类型或统一社会信用代码中有误的一项。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Members,
            "a code of another registration category suggests the kind or the code was recorded wrongly.",
            "代码登记类别不符，说明成员类型或代码可能记录有误。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member,
            m => m.Kind != null && m.LegalPerson != null && CreditCode.HasValidCheckCharacter(m.LegalPerson.CreditCode),
            m => !CreditCode.FitsKind(m.LegalPerson!.CreditCode!, m.Kind!.Value));
        Then().Yield(_ => Rule.At(member.LegalPerson!.At("creditCode"), member.Clause,
            Names.Of(member), KindNames.Of(member.Kind!.Value), member.LegalPerson!.CreditCode));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>The 18th character of a credit code checks the other 17; a mismatch means a mistyped or invented code.</summary>
internal sealed class CreditCodeCheckFails : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC107", ConditionId.LegalEntities, Severity.Warning, Cite.CreditCodeStandard,
        new("Credit code check character wrong", "统一社会信用代码校验位错误"),
        new("The credit code '{1}' of member {0} fails its check: the last character should be '{2}'.",
            "成员{0}的统一社会信用代码“{1}”校验不通过：末位应为“{2}”。"),
        new("Check the code against the member's licence; a wrong check character means a digit was mistyped.",
            "请对照成员证照核对代码；校验位错误说明有字符录入错误。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = Why.Warning(
            Why.Art8Members,
            "a wrong check character means a mistyped code; it misidentifies the member but does not by itself make the agreement fail a basic condition.",
            "校验位错误说明代码录入有误；成员身份记录有误，但其本身不使协议不符合基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member,
            m => m.LegalPerson != null && CreditCode.IsWellFormed(m.LegalPerson.CreditCode),
            m => !CreditCode.HasValidCheckCharacter(m.LegalPerson!.CreditCode));
        Then().Yield(_ => Rule.At(member.LegalPerson!.At("creditCode"), member.Clause,
            Names.Of(member), member.LegalPerson!.CreditCode, CreditCode.ExpectedCheckCharacter(member.LegalPerson!.CreditCode!)));
    }
}

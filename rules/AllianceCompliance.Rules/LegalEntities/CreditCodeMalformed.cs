using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>A unified social credit code has 18 characters from the standard's alphabet.</summary>
internal sealed class CreditCodeMalformed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC106", ConditionId.LegalEntities, Severity.Warning, Cite.CreditCodeStandard,
        new("Malformed credit code", "统一社会信用代码格式错误"),
        new("The credit code '{1}' of member {0} is not a unified social credit code: 18 characters of digits and capitals other than I, O, S, V, Z, with a six-digit division code in positions 3-8.",
            "成员{0}的代码“{1}”不是统一社会信用代码：应为 18 位数字或大写字母（不含 I、O、S、V、Z），第 3-8 位为六位行政区划码。"),
        new("Copy the 18-character code exactly as printed on the member's business licence or legal-person certificate; for a member registered outside mainland China, give 'registration: { country, number }' instead.",
            "按成员营业执照或法人证书上的 18 位代码准确填写；境外登记的成员改填 registration: { country, number }。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = Why.Warning(
            Why.Art8Members,
            "GB 32100-2015 fixes the code's form; a malformed code misidentifies the member in the summary but does not by itself make the agreement fail a basic condition.",
            "GB 32100-2015 规定代码格式；格式错误说明成员身份记录有误，但其本身不使协议不符合基本条件。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member,
            m => m.LegalPerson != null && m.LegalPerson.CreditCode != null,
            m => !CreditCode.IsWellFormed(m.LegalPerson!.CreditCode));
        Then().Yield(_ => Rule.At(member.LegalPerson!.At("creditCode"), member.Clause, Names.Of(member), member.LegalPerson!.CreditCode));
    }
}

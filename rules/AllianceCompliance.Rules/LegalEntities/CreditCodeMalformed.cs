using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>A unified social credit code has 18 characters from the standard's alphabet.</summary>
internal sealed class CreditCodeMalformed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC106", ConditionId.LegalEntities, Severity.Error, Cite.CreditCodeStandard,
        new("Malformed credit code", "统一社会信用代码格式错误"),
        new("The credit code '{1}' of member {0} is not a unified social credit code: 18 characters of digits and capitals other than I, O, S, V, Z, with a six-digit division code in positions 3-8.",
            "成员{0}的代码“{1}”不是统一社会信用代码：应为 18 位数字或大写字母（不含 I、O、S、V、Z），第 3-8 位为六位行政区划码。"),
        new("Copy the 18-character code exactly as printed on the member's business licence or legal-person certificate.",
            "按成员营业执照或法人证书上的 18 位代码准确填写。"));

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

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Without its legal-person details, a member's standing as an independent legal entity is not shown.</summary>
internal sealed class LegalPersonUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC105", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("Legal-person details missing", "缺少法人信息"),
        new("Member {0} does not state its {1}, so it is not shown to be an independent legal entity.",
            "成员{0}未写明{1}，无法证明其为独立法人。"),
        new("Give 'legalPerson' with 'independent: true', the unified social credit code and the legal representative, as on its licence.",
            "按营业执照或法人证书填写 legalPerson：independent: true、统一社会信用代码和法定代表人。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member, m => m.LegalPerson == null || m.LegalPerson.CreditCode == null || m.LegalPerson.Independent == null);
        Then().Yield(_ => Rule.At(
            member.LegalPerson == null ? member.At("legalPerson") : member.LegalPerson.At(member.LegalPerson.CreditCode == null ? "creditCode" : "independent"),
            member.Clause,
            Names.Of(member),
            member.LegalPerson == null ? new LocalizedText("legal-person details", "法人信息")
                : member.LegalPerson.CreditCode == null ? new LocalizedText("unified social credit code", "统一社会信用代码")
                : new LocalizedText("independence", "是否独立法人")));
    }
}

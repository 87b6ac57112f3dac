using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>
/// Without its legal-person details, a member's standing as an independent legal entity is not shown.
/// A member registered abroad shows it by its registration there instead of a credit code.
/// </summary>
internal sealed class LegalPersonUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC105", ConditionId.LegalEntities, Severity.Warning, Cite.Art8Item1,
        new("Legal-person details missing", "缺少法人信息"),
        new("Member {0} does not state its {1}, so it is not shown to be an independent legal entity.",
            "成员{0}未写明{1}，无法证明其为独立法人。"),
        new("Give 'legalPerson' with 'independent: true', the unified social credit code (or, for a member registered abroad, 'registration: { country, number }') and the legal representative, as on its licence.",
            "按营业执照或法人证书填写 legalPerson：independent: true、统一社会信用代码（境外登记的成员填写 registration: { country, number }）和法定代表人。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Members,
            "details not written down may be only a gap in recording; a foreign member proves its standing by its own registration, not a Chinese credit code.",
            "未写明的信息可能只是摘要漏记；境外成员以其本国登记证明法人资格，而非中国统一社会信用代码。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member, m => m.LegalPerson == null || !Identification.IsIdentified(m.LegalPerson) || m.LegalPerson.Independent == null);
        Then().Yield(_ => Rule.At(
            member.LegalPerson == null ? member.At("legalPerson") : member.LegalPerson.At(!Identification.IsIdentified(member.LegalPerson) ? "creditCode" : "independent"),
            member.Clause,
            Names.Of(member),
            member.LegalPerson == null ? RuleWords.LegalPerson.Details
                : !Identification.IsIdentified(member.LegalPerson) ? RuleWords.LegalPerson.Identification
                : RuleWords.LegalPerson.Independence));
    }
}

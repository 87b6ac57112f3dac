using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A legally binding agreement says which law governs it.</summary>
internal sealed class GoverningLawUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC222", ConditionId.Agreement, Severity.Warning, Cite.Templates,
        new("Governing law not stated", "未写明适用法律"),
        new("The agreement does not state the law that governs it.",
            "协议未写明适用的法律。"),
        new("Add 'agreement.governingLaw', normally the Civil Code of the People's Republic of China.",
            "补充 agreement.governingLaw，通常为《中华人民共和国民法典》。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a governing-law clause is drafting practice; PRC law governs a contract between PRC parties in any case.",
            "适用法律条款属于起草惯例；境内当事人之间的合同本即适用中国法律。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => string.IsNullOrWhiteSpace(a.GoverningLaw));
        Then().Yield(_ => Rule.At(agreement.At("governingLaw"), agreement.Clause));
    }
}

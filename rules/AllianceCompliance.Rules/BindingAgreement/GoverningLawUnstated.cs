using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A legally binding agreement says which law governs it.</summary>
internal sealed class GoverningLawUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC222", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.Art4, Cite.Templates),
        new("Governing law not stated", "未写明适用法律"),
        new("The agreement does not state the law that governs it.",
            "协议未写明适用的法律。"),
        new("Add 'agreement.governingLaw', normally the Civil Code of the People's Republic of China.",
            "补充 agreement.governingLaw，通常为《中华人民共和国民法典》。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => string.IsNullOrWhiteSpace(a.GoverningLaw));
        Then().Yield(_ => Rule.At(agreement.At("governingLaw"), agreement.Clause));
    }
}

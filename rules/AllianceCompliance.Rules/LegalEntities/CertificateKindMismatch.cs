using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>An enterprise proves its legal personality with a business licence; a public university or institute with an institution certificate.</summary>
internal sealed class CertificateKindMismatch : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC115", ConditionId.LegalEntities, Severity.Warning, Cite.PilotApplication,
        new("Certificate does not fit the member's kind", "法人证书类型与成员类型不符"),
        new("Member {0} is {1} but names a certificate of another kind ('{2}').",
            "成员{0}是{1}，但所列法人证书类型（“{2}”）不符。"),
        new("Enterprises hold a business licence; public universities and institutes an institution legal-person certificate. Correct the kind or the certificate.",
            "企业应持营业执照，公办高校和科研机构应持事业单位法人证书；请更正类型或证书。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.PilotDossier,
            "a certificate of another kind suggests the kind or the certificate was recorded wrongly.",
            "证书类型不符，说明成员类型或证书可能记录有误。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member,
            m => m.LegalPerson != null && m.LegalPerson.Certificate != null,
            m => (m.Kind == MemberKind.Enterprise && m.LegalPerson!.Certificate != CertificateKind.BusinessLicense)
                || (m.Kind == MemberKind.University && m.LegalPerson!.Certificate == CertificateKind.BusinessLicense));
        Then().Yield(_ => Rule.At(member.LegalPerson!.At("certificate"), member.Clause,
            Names.Of(member), KindNames.Of(member.Kind!.Value), KindNames.Of(member.LegalPerson!.Certificate!.Value)));
    }
}

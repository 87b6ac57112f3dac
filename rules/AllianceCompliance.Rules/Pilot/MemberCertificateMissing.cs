using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>
/// The dossier holds the sealed certificate of every member, not only of some; a member admitted
/// after the application was submitted ('joined' later) is not in it.
/// </summary>
internal sealed class MemberCertificateMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC802", ConditionId.Pilot, Severity.Error, Cite.PilotApplication,
        new("Member's certificate missing from the dossier", "申请材料缺少成员营业执照或法人证书"),
        new("The dossier has no business licence or legal-person certificate of member {0}.",
            "申请材料中没有成员{0}的营业执照或法人证书。"),
        new("Add the member's certificate, with its official seal, to the dossier and its id to 'application.certificates'.",
            "将该成员加盖公章的营业执照或法人证书补入申请材料，并把其 id 加入 application.certificates。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.PilotDossier,
            "every member's certificate goes into the dossier; a member admitted after the application was submitted is not in it.",
            "申报材料须含全体成员的证照；在申请提交后加入的成员不在其列。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => SameEntity.Derive;

    public override void Define()
    {
        PilotApplication application = null!;
        HashSet<string> certified = null!;
        Member member = null!;
        When()
            .Match(() => application, a => a.Certificates != null)
            .Let(() => certified, () => application.Certificates!.Value.ToHashSet(StringComparer.Ordinal))
            .Match(() => member, m => !certified.Contains(m.Id) && !(m.Joined > application.Submitted))
            .Not<RepeatedListing>(r => ReferenceEquals(r.Member, member));
        Then().Yield(_ => Rule.At(application.At("certificates"), application.Clause, Names.Of(member)));
    }
}

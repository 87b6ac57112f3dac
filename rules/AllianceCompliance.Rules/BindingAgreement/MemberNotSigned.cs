using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement is signed jointly by all member units.</summary>
internal sealed class MemberNotSigned : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC208", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Member has not signed", "成员未签署协议"),
        new("Member {0} has not signed the agreement.",
            "成员{0}未签署协议。"),
        new("Add the signature of its legal representative, or of an agent with a power of attorney from the representative, under 'agreement.signatures'.",
            "在 agreement.signatures 中补充其法定代表人或持法定代表人授权委托书的委托代理人的签署。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Signing,
            "a member that has not signed has not joined in the joint signature.",
            "未签署的成员未参与共同签署。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => SameEntity.Derive;

    public override void Define()
    {
        Agreement agreement = null!;
        SignaturePage page = null!;
        Member member = null!;
        When()
            .Match(() => agreement)
            .Match(() => page)
            .Match(() => member, m => !page.HasSigned(m.Id))
            .Not<RepeatedListing>(r => ReferenceEquals(r.Member, member));
        Then().Yield(_ => Rule.At(member.Location, agreement.Clause, Names.Of(member)));
    }
}

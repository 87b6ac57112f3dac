using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Who signs as legal representative must be the member's currently registered legal representative.</summary>
internal sealed class SignatoryNotRepresentative : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC209", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Signatory is not the legal representative", "签署人不是法定代表人"),
        new("'{1}' signed for member {0} as legal representative, but the member's registered legal representative is '{2}'.",
            "“{1}”以法定代表人身份代表成员{0}签署，但该成员登记的法定代表人是“{2}”。"),
        new("Have the registered legal representative sign, or record the signatory as an authorized agent with the representative's power of attorney; if the representative has changed, update 'legalPerson.representative'.",
            "应由登记的法定代表人签署，或将签署人登记为持法定代表人授权委托书的代理人；如法定代表人已变更，请更新 legalPerson.representative。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Roster roster = null!;
        Signature signature = null!;
        Member member = null!;
        When()
            .Match(() => agreement)
            .Match(() => roster)
            .Match(() => signature, s => s.Capacity == SignatoryCapacity.LegalRepresentative && !string.IsNullOrWhiteSpace(s.Signatory),
                s => PersonName.NotRepresentativeOf(roster, s.Member, s.Signatory))
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("signatory"), signature.Clause ?? agreement.Clause,
            Names.Of(member), signature.Signatory, member.LegalPerson!.Representative));
    }

}

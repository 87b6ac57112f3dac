using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// Who signs as legal representative must be the member's legal representative on the signing day:
/// the one the signature records ('representativeAtSigning'), else the one registered now.
/// </summary>
internal sealed class SignatoryNotRepresentative : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC209", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Signatory is not the legal representative", "签署人不是法定代表人"),
        new("'{1}' signed for member {0} as legal representative, but the member's legal representative at the signing date is recorded as '{2}'.",
            "“{1}”以法定代表人身份代表成员{0}签署，但记录的该成员签署时的法定代表人是“{2}”。"),
        new("If the signatory was the legal representative when signing and the representative changed later, record that in the signature's 'representativeAtSigning'; otherwise have the legal representative sign, or record the signatory as an authorized agent (委托代理人) with the representative's power of attorney.",
            "如签署人签署时确为法定代表人、其后才变更，请在该签署的 representativeAtSigning 中记录；否则应由法定代表人签署，或将签署人记录为持法定代表人授权委托书的委托代理人。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Signing,
            "someone other than the representative at the signing date who signs as legal representative has not signed for the member; a later change of representative, or the same name in another script, is not a defect.",
            "以法定代表人身份签署者并非签署时的法定代表人，则成员未经其法定代表人签署；签署后法定代表人变更或同一人姓名书写方式不同不属缺陷。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Roster roster = null!;
        Signature signature = null!;
        Member member = null!;
        string? representative = null;
        When()
            .Match(() => agreement)
            .Match(() => roster)
            .Match(() => signature, s => s.Capacity == SignatoryCapacity.LegalRepresentative && !string.IsNullOrWhiteSpace(s.Signatory),
                s => PersonName.NotRepresentative(roster, s, s.Signatory))
            // A placeholder (待定, TBD) for the signatory or the representative names no one: AC215 or AC114, warnings.
            .Not<ClauseReading>(r => r.Duty == Duty.Signatory, r => r.NamesNothing, r => r.Signature == signature)
            .Not<ClauseReading>(r => r.Duty == Duty.Representative, r => r.NamesNothing,
                r => string.IsNullOrWhiteSpace(signature.RepresentativeAtSigning) && r.Member != null && r.Member.Id == signature.Member)
            .Let(() => member, () => roster.Find(signature.Member)!)
            .Let(() => representative, () => PersonName.RepresentativeAt(roster, signature));
        Then().Yield(_ => Rule.At(signature.At("signatory"), signature.Clause ?? agreement.Clause,
            Names.Of(member), signature.Signatory, representative));
    }

}

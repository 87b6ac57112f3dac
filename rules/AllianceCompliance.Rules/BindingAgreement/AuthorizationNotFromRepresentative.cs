using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A power of attorney binds the member only when its legal representative at the signing date granted it.</summary>
internal sealed class AuthorizationNotFromRepresentative : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC211", ConditionId.Agreement, Severity.Error, Cite.Join(Cite.Art8Item2, Cite.PilotApplication),
        new("Power of attorney not granted by the legal representative", "授权委托书并非法定代表人出具"),
        new("The power of attorney under which '{1}' signed for member {0} was granted by {2}, not by its legal representative at the signing date, recorded as '{3}'.",
            "“{1}”代表成员{0}签署所依据的授权委托书由{2}出具，而非记录的签署时法定代表人“{3}”。"),
        new("If the grantor was the legal representative when the power was granted and the representative changed later, record who the representative was at signing ('representativeAtSigning'); otherwise obtain a power of attorney from the legal representative, dated no later than the signature, and record it ('authorization').",
            "如出具人当时确为法定代表人、其后才变更，请记录签署时的法定代表人（representativeAtSigning）；否则应取得法定代表人出具、日期不晚于签署日的授权委托书，并予以记录（authorization）。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Signing,
            "a power of attorney from someone who was not the legal representative at the time does not give authority to sign for the member.",
            "并非当时法定代表人出具的授权委托书，不能使委托代理人有权代表成员签署。"),
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
            .Match(() => signature, s => s.Capacity == SignatoryCapacity.AuthorizedAgent && s.Authorization != null,
                s => PersonName.NotRepresentative(roster, s, s.Authorization!.GrantedBy))
            // A placeholder (待定, TBD) for the representative names no one to compare with: AC114, a warning.
            .Not<ClauseReading>(r => r.Duty == Duty.Representative, r => r.NamesNothing,
                r => string.IsNullOrWhiteSpace(signature.RepresentativeAtSigning) && r.Member != null && r.Member.Id == signature.Member)
            .Let(() => member, () => roster.Find(signature.Member)!)
            .Let(() => representative, () => PersonName.RepresentativeAt(roster, signature));
        Then().Yield(_ => Rule.At(signature.Authorization!.At("grantedBy"), signature.Clause ?? agreement.Clause,
            Names.Of(member), signature.Signatory, Grantor(signature.Authorization!.GrantedBy), representative));
    }


    private static LocalizedText Grantor(string? grantedBy) => string.IsNullOrWhiteSpace(grantedBy)
        ? RuleWords.Authorization.NoGrantor
        : new($"'{grantedBy}'", $"“{grantedBy}”");
}

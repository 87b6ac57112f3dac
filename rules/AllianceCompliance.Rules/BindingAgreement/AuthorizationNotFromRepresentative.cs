using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A power of attorney binds the member only when its registered legal representative granted it.</summary>
internal sealed class AuthorizationNotFromRepresentative : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC211", ConditionId.Agreement, Severity.Error, Cite.Join(Cite.Art8Item2, Cite.PilotApplication),
        new("Power of attorney not granted by the legal representative", "授权委托书并非法定代表人出具"),
        new("The power of attorney under which '{1}' signed for member {0} was granted by {2}, not by its registered legal representative '{3}'.",
            "“{1}”代表成员{0}签署所依据的授权委托书由{2}出具，而非其登记的法定代表人“{3}”。"),
        new("Obtain a power of attorney signed by the member's registered legal representative, dated no later than the signature, and record it under 'authorization'.",
            "取得由成员登记的法定代表人签署、日期不晚于签署日的授权委托书，并在 authorization 中记录。"));

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
            .Match(() => signature, s => s.Capacity == SignatoryCapacity.AuthorizedAgent && s.Authorization != null,
                s => PersonName.NotRepresentativeOf(roster, s.Member, s.Authorization!.GrantedBy))
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.Authorization!.At("grantedBy"), signature.Clause ?? agreement.Clause,
            Names.Of(member), signature.Signatory, Grantor(signature.Authorization!.GrantedBy), member.LegalPerson!.Representative));
    }


    private static LocalizedText Grantor(string? grantedBy) => string.IsNullOrWhiteSpace(grantedBy)
        ? new("no one named", "未写明的人")
        : new($"'{grantedBy}'", $"“{grantedBy}”");
}

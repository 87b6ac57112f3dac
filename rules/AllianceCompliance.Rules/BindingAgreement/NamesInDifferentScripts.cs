using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// The signatory (or the grantor of an agent's power of attorney) and the legal representative are
/// written in different scripts, one in Chinese characters and one in pinyin: most likely the same
/// person, but the two spellings cannot be compared, so a reviewer should confirm them.
/// </summary>
internal sealed class NamesInDifferentScripts : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC230", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Representative's name written in two scripts", "法定代表人姓名书写方式不一致"),
        new("For member {0}, '{1}' ({2}) and the legal representative '{3}' are written in different scripts; confirm they are the same person.",
            "成员{0}的“{1}”（{2}）与法定代表人“{3}”的书写方式不同（汉字与拼音）；请确认为同一人。"),
        new("Confirm against the member's licence that both spellings name the legal representative, and write the name the same way in both places.",
            "请对照成员证照确认两处指同一法定代表人，并统一两处的写法。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "the same person written 刘青山 in one place and Liu Qingshan in another is not a defect; only the spelling needs confirming.",
            "同一人在一处写作“刘青山”、另一处写作“Liu Qingshan”并非缺陷，只需确认写法。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Roster roster = null!;
        Signature signature = null!;
        LocalizedText member = null!;
        string? representative = null;
        When()
            .Match(() => agreement)
            .Match(() => roster)
            .Match(() => signature, s => PersonName.InDifferentScripts(NameToCompare(s), PersonName.RepresentativeAt(roster, s)))
            // A placeholder (待定, TBD) is no spelling of a name: AC114 or AC215 report it.
            .Not<ClauseReading>(r => r.Duty == Duty.Signatory, r => r.NamesNothing,
                r => r.Signature == signature && signature.Capacity == SignatoryCapacity.LegalRepresentative)
            .Not<ClauseReading>(r => r.Duty == Duty.Representative, r => r.NamesNothing,
                r => string.IsNullOrWhiteSpace(signature.RepresentativeAtSigning) && r.Member != null && r.Member.Id == signature.Member)
            .Let(() => member, () => Names.IdOf(roster, signature.Member))
            .Let(() => representative, () => PersonName.RepresentativeAt(roster, signature));
        Then().Yield(_ => Rule.At(
            signature.Capacity == SignatoryCapacity.AuthorizedAgent ? signature.Authorization!.At("grantedBy") : signature.At("signatory"),
            agreement.Clause,
            member,
            NameToCompare(signature),
            signature.Capacity == SignatoryCapacity.AuthorizedAgent
                ? RuleWords.Signer.Grantor
                : RuleWords.Signer.Representative,
            representative));
    }

    // The name that should be the representative's: the signatory's, or for an agent the grantor's.
    private static string? NameToCompare(Signature signature) => signature.Capacity switch
    {
        SignatoryCapacity.AuthorizedAgent => signature.Authorization?.GrantedBy,
        SignatoryCapacity.LegalRepresentative => signature.Signatory,
        _ => null,
    };
}

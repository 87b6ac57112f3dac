using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A power of attorney that gives no reference or no date cannot be produced or checked against the signature.</summary>
internal sealed class AuthorizationIncomplete : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC213", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.Art8Item2, Cite.PilotApplication),
        new("Power of attorney incompletely recorded", "授权委托书信息不全"),
        new("The power of attorney under which '{1}' signed for member {0} gives no {2}.",
            "“{1}”代表成员{0}签署所依据的授权委托书未写明{2}。"),
        new("Record the power of attorney's reference ('document') and the date it was granted ('date'); the original goes into the pilot application dossier.",
            "记录授权委托书的文号（document）和出具日期（date）；申报试点时须提交原件。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "a reference or date not written down is a gap in recording.",
            "文号或日期未写明属于记录缺失。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        Agreement agreement = null!;
        Signature signature = null!;
        Member member = null!;
        When()
            .Match(() => agreement)
            .Match(() => roster)
            .Match(() => signature,
                s => s.Capacity == SignatoryCapacity.AuthorizedAgent && s.Authorization != null,
                s => string.IsNullOrWhiteSpace(s.Authorization!.Document) || s.Authorization.Date == null)
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(
            signature.Authorization!.At(string.IsNullOrWhiteSpace(signature.Authorization.Document) ? "document" : "date"),
            signature.Clause ?? agreement.Clause,
            Names.Of(member),
            signature.Signatory,
            Missing(signature.Authorization)));
    }

    private static LocalizedText Missing(Authorization authorization) =>
        (string.IsNullOrWhiteSpace(authorization.Document), authorization.Date == null) switch
        {
            (true, true) => RuleWords.Authorization.ReferenceOrDate,
            (true, false) => RuleWords.Authorization.Reference,
            _ => RuleWords.Authorization.Date,
        };
}

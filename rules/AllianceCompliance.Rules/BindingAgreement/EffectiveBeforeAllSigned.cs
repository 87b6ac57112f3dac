using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// The agreement comes into effect once the founding members have jointly signed it: not before the
/// last of them signs. A member admitted later (its 'joined' date after the effective date) signs
/// on accession and is left out.
/// </summary>
internal sealed class EffectiveBeforeAllSigned : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC218", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Effective before every founding member signed", "协议在全体创始成员签署前生效"),
        new("The agreement takes effect on {0:yyyy-MM-dd}, before the last founding member's signature: member {2} signed on {1:yyyy-MM-dd}.",
            "协议生效日为 {0:yyyy-MM-dd}，早于最后一家创始成员的签署日：成员{2}于 {1:yyyy-MM-dd} 签署。"),
        new("If the member that signed last was admitted after the founding, record the day it joined in its 'joined'; otherwise set 'effectiveFrom' to the day the last founding member signed or later, as the agreement takes effect only once all founding members have signed.",
            "如最后签署的成员是在联盟成立后加入的，请在其 joined 中写明加入日期；否则应将 effectiveFrom 设为最后一家创始成员签署之日或其后，协议须经全体创始成员签署后方能生效。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Signing,
            "the agreement takes effect on the founding members' joint signature; a member admitted later (recorded with 'joined') signs on accession and does not delay the founding effect.",
            "协议经创始成员共同签署后生效；其后加入的成员（以 joined 记录）在加入时签署，不影响协议的生效。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        Agreement agreement = null!;
        SignaturePage page = null!;
        Signature last = null!;
        Member signer = null!;
        When()
            .Match(() => agreement, a => a.EffectiveFrom != null)
            .Match(() => roster)
            .Match(() => page, p => p.LastSignature != null && p.LastSignature.Date > agreement.EffectiveFrom)
            .Let(() => last, () => LastFoundingSignature(page, roster, agreement.EffectiveFrom!.Value)!)
            .Having(() => last != null && last.Date > agreement.EffectiveFrom)
            .Let(() => signer, () => roster.Find(last.Member)!);
        Then().Yield(_ => Rule.At(agreement.At("effectiveFrom"), agreement.Clause, agreement.EffectiveFrom, last.Date, Names.Of(signer)));
    }

    // Only reached when some signature is after the effective date: rare, so a lookup per signature is cheap.
    private static Signature? LastFoundingSignature(SignaturePage page, Roster roster, DateOnly effective) =>
        page.Signatures.Where(s => roster.Find(s.Member)?.Joined is not { } joined || joined <= effective).MaxBy(s => s.Date);
}

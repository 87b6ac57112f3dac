using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.LegalEntities;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A member unit usually signs with its official seal as well (drafting practice: a contract is formed
/// by signature or seal); a member registered abroad, which has no Chinese seal, is not asked for one.
/// </summary>
internal sealed class SignatureNotSealed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC214", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.CivilCodeFormation, Cite.Templates),
        new("Signature not sealed", "签署未加盖公章"),
        new("The signature for member {0} {1}.",
            "成员{0}的签署{1}。"),
        new("If the signature page bears the member's official seal (or contract seal), record 'sealed: true'; if not, sealing it is usual practice, though the legal representative's signature alone forms the contract.",
            "签署页已加盖成员公章（或合同专用章）的，记录 sealed: true；未加盖的，建议按惯例补盖，但法定代表人签字本身即可使合同成立。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "Art. 8(2) asks for the representatives' signatures and says nothing of seals; a written contract is formed by signature or seal (Civil Code Art. 490). A seal is drafting practice, and one not written down may only be a gap in recording.",
            "第八条第（二）项要求法定代表人签署，未提及盖章；合同书自签名、盖章或按指印时成立（民法典第四百九十条）。加盖公章属于起草惯例，未记录可能只是漏记。"),
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
            .Match(() => signature, s => s.Sealed != true && !Identification.IsRegisteredAbroad(roster.Find(s.Member)))
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("sealed"), signature.Clause ?? agreement.Clause, Names.Of(member),
            signature.Sealed == false
                ? RuleWords.Seal.None
                : RuleWords.Seal.Unrecorded));
    }
}

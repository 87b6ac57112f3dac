using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A member unit signs with its official seal; a signature without it does not show the unit is bound.</summary>
internal sealed class SignatureNotSealed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC214", ConditionId.Agreement, Severity.Error, Cite.Join(Cite.Art8Item2, Cite.Templates),
        new("Signature not sealed", "签署未加盖公章"),
        new("The signature for member {0} {1}.",
            "成员{0}的签署{1}。"),
        new("Affix the member's official seal (or contract seal) next to the signature and record 'sealed: true'.",
            "在签署处加盖成员公章（或合同专用章），并记录 sealed: true。"));

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
            .Match(() => signature, s => s.Sealed != true)
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("sealed"), signature.Clause ?? agreement.Clause, Names.Of(member),
            signature.Sealed == false
                ? new LocalizedText("bears no seal of the member", "未加盖成员公章")
                : new LocalizedText("does not record the member's seal", "未记录是否加盖成员公章")));
    }
}

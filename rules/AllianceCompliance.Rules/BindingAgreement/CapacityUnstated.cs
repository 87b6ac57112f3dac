using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A signatory binds the member as its legal representative or as an agent; which one decides what
/// must be shown. A signatory who is the member's legal representative needs no stated capacity.
/// </summary>
internal sealed class CapacityUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC216", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Signing capacity not stated", "未写明签署身份"),
        new("The signature for member {0} does not say in what capacity '{1}' signed, so the authority to bind the member is not shown.",
            "成员{0}的签署未写明“{1}”以何种身份签署，无法证明其有权代表该成员。"),
        new("Add 'capacity: legal-representative', or 'capacity: authorized-agent' (委托代理人) with the power of attorney ('authorization').",
            "补充 capacity: legal-representative；或 capacity: authorized-agent（委托代理人），并记录授权委托书（authorization）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "a capacity not written down is a gap in recording; a signatory who is the member's registered representative signs as such.",
            "未写明签署身份属于记录缺失；签署人即为登记的法定代表人的，视为以该身份签署。"),
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
            .Match(() => signature, s => s.Capacity == null && !PersonName.IsRepresentative(roster, s, s.Signatory))
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("capacity"), signature.Clause ?? agreement.Clause, Names.Of(member), signature.Signatory));
    }
}

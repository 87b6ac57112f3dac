using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A member admitted after the founding ('joined' after the effective date) signs the agreement on
/// accession; a signature dated before the effective date contradicts that, and it would then be a
/// founding member whose late 'joined' hides a signature the founding needed.
/// </summary>
internal sealed class AccessionSignedBeforeJoining : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC232", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.Art8Item2, Cite.Art8Item6),
        new("Later-admitted member signed before the founding", "后加入成员的签署早于协议生效"),
        new("Member {0} is recorded as admitted on {1:yyyy-MM-dd}, after the agreement took effect, but signed on {2:yyyy-MM-dd}, before it took effect; it looks like a founding member.",
            "成员{0}记录为于 {1:yyyy-MM-dd} 在协议生效后加入，但其签署日期 {2:yyyy-MM-dd} 早于协议生效；看来应为创始成员。"),
        new("Check the dates: a founding member leaves out 'joined'; a member admitted later signs on or after its admission.",
            "请核对日期：创始成员不填写 joined；后加入的成员应在加入之时或之后签署。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "founding members sign before the agreement takes effect, members admitted later (Art. 8(6)) on accession; dates that contradict this are a slip in recording, but they decide whether AC218 applies.",
            "创始成员在协议生效前签署，后加入的成员（第八条第（六）项）在加入时签署；与此矛盾的日期属于记录错误，但决定是否适用 AC218。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Member member = null!;
        Signature signature = null!;
        When()
            .Match(() => agreement, a => a.EffectiveFrom != null)
            .Match(() => member, m => m.Joined > agreement.EffectiveFrom)
            .Match(() => signature, s => s.Member == member.Id && s.Date < agreement.EffectiveFrom);
        Then().Yield(_ => Rule.At(member.At("joined"), agreement.Clause, Names.IdOf(member), member.Joined, signature.Date));
    }
}

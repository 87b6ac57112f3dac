using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement takes effect once all have signed; an undated signature leaves that day unknown.</summary>
internal sealed class SignatureUndated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC217", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Signature not dated", "签署未注明日期"),
        new("The signature for member {0} is not dated, so when the agreement took effect cannot be checked.",
            "成员{0}的签署未注明日期，无法核实协议的生效时间。"),
        new("Add the date of signing ('date') as written on the signature page.",
            "按签署页补充签署日期（date）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "an undated signature is a gap in recording.",
            "签署未注明日期属于记录缺失。"),
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
            .Match(() => signature, s => s.Date == null)
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("date"), signature.Clause ?? agreement.Clause, Names.Of(member)));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement comes into effect once it is jointly signed: not before the last member signs.</summary>
internal sealed class EffectiveBeforeAllSigned : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC218", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Effective before every member signed", "协议在全体成员签署前生效"),
        new("The agreement takes effect on {0:yyyy-MM-dd}, before the last signature: member {2} signed on {1:yyyy-MM-dd}.",
            "协议生效日为 {0:yyyy-MM-dd}，早于最后一方的签署日：成员{2}于 {1:yyyy-MM-dd} 签署。"),
        new("Set 'effectiveFrom' to the day the last member signed or later; the agreement binds only once all members have signed.",
            "将 effectiveFrom 设为最后一方签署之日或其后；协议须经全体成员签署后方能生效。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        Agreement agreement = null!;
        SignaturePage page = null!;
        Member last = null!;
        When()
            .Match(() => agreement, a => a.EffectiveFrom != null)
            .Match(() => roster)
            .Match(() => page, p => p.LastSignature != null && p.LastSignature.Date > agreement.EffectiveFrom)
            .Let(() => last, () => roster.Find(page.LastSignature!.Member)!);
        Then().Yield(_ => Rule.At(agreement.At("effectiveFrom"), agreement.Clause, agreement.EffectiveFrom, page.LastSignature!.Date, Names.Of(last)));
    }
}

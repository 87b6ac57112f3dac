using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>An agent has authority only from the day the power of attorney is granted: a later one did not cover the signature.</summary>
internal sealed class AuthorizationAfterSignature : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC212", ConditionId.Agreement, Severity.Error, Cite.Join(Cite.Art8Item2, Cite.PilotApplication),
        new("Power of attorney dated after the signature", "授权委托书日期晚于签署日期"),
        new("'{1}' signed for member {0} on {2:yyyy-MM-dd}, before the power of attorney was granted on {3:yyyy-MM-dd}.",
            "“{1}”于 {2:yyyy-MM-dd} 代表成员{0}签署，早于授权委托书出具日 {3:yyyy-MM-dd}。"),
        new("Check both dates; if the agent signed without authority, have the member re-sign or ratify the signature in writing under its legal representative.",
            "请核对两个日期；如委托代理人签署时尚未获得授权，应由该成员重新签署，或由其法定代表人书面追认。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Signing,
            "an agent without authority on the day of signing did not sign for the member unless it ratified the signature.",
            "签署当日尚未获得授权的委托代理人，除经追认外，不能代表成员签署。"),
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
                s => s.Capacity == SignatoryCapacity.AuthorizedAgent && s.Date != null && s.Authorization != null && s.Authorization.Date != null,
                s => s.Authorization!.Date > s.Date)
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.Authorization!.At("date"), signature.Clause ?? agreement.Clause,
            Names.Of(member), signature.Signatory, signature.Date, signature.Authorization!.Date));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>An agent signs for a member only under a power of attorney from its legal representative.</summary>
internal sealed class AuthorizationMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC210", ConditionId.Agreement, Severity.Warning, Cite.Join(Cite.Art8Item2, Cite.PilotApplication),
        new("Agent signed without a power of attorney", "委托代理人签署但无授权委托书"),
        new("'{1}' signed for member {0} as an authorized agent, but no power of attorney is recorded.",
            "“{1}”以委托代理人身份代表成员{0}签署，但未记录授权委托书。"),
        new("Record the power of attorney ('authorization'): its reference, who granted it (the legal representative) and its date.",
            "记录授权委托书（authorization）：文号、授权人（法定代表人）和日期。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Signing,
            "an agent signs for the representative under a power of attorney; one not written down may only be a gap in recording (the pilot dossier check AC803 asks for the original).",
            "委托代理人凭授权委托书代表法定代表人签署；未记录授权委托书可能只是漏记（试点申报材料由 AC803 检查原件）。"),
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
            .Match(() => signature, s => s.Capacity == SignatoryCapacity.AuthorizedAgent && s.Authorization == null)
            .Let(() => member, () => roster.Find(signature.Member)!);
        Then().Yield(_ => Rule.At(signature.At("authorization"), signature.Clause ?? agreement.Clause, Names.Of(member), signature.Signatory));
    }
}

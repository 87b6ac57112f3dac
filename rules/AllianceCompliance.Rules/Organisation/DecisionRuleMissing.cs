using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>An effective decision-making mechanism says how the decision body decides: quorum and majority.</summary>
internal sealed class DecisionRuleMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC306", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Decision rule not stated", "未写明议事规则"),
        new("Decision body {0} does not state {1}, so its decision-making mechanism is not shown to be effective.",
            "决策机构{0}未写明{1}，无法证明其决策机制有效。"),
        new("Add 'decisionRule' with the quorum (share of members present) and the majority a resolution needs, as in the agreement's rules of procedure.",
            "按协议议事规则补充 decisionRule：出席人数要求（quorum）和决议通过所需的多数（majority）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Bodies,
            "the decision rule shows the mechanism is effective; it may only be missing from the summary.",
            "议事规则用于证明决策机制有效，可能只是摘要漏记。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Body body = null!;
        When()
            .Match(() => governance)
            .Match(() => body,
                b => b.Role == BodyRole.Decision,
                b => b.DecisionRule == null || string.IsNullOrWhiteSpace(b.DecisionRule.Quorum) || string.IsNullOrWhiteSpace(b.DecisionRule.Majority));
        Then().Yield(_ => Rule.At(
            body.DecisionRule == null ? body.At("decisionRule")
                : body.DecisionRule.At(string.IsNullOrWhiteSpace(body.DecisionRule.Quorum) ? "quorum" : "majority"),
            (body.DecisionRule == null ? null : body.DecisionRule.Clause) ?? body.Clause ?? governance.Clause,
            Names.Of(body),
            Missing(body.DecisionRule)));
    }

    private static LocalizedText Missing(DecisionRule? rule) =>
        (string.IsNullOrWhiteSpace(rule?.Quorum), string.IsNullOrWhiteSpace(rule?.Majority)) switch
        {
            (true, true) => RuleWords.DecisionRule.QuorumAndMajority,
            (true, false) => RuleWords.DecisionRule.Quorum,
            _ => RuleWords.DecisionRule.Majority,
        };
}

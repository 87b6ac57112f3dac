using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// A decision body's quorum or majority written as a placeholder or put off (待定, 另行制定, TBD):
/// stated no more than when it is absent (AC306), and like it a warning, since the rules of
/// procedure may settle it and only the summary leave it open.
/// </summary>
internal sealed class DecisionRuleLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC333", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Decision rule left open", "议事规则未写明"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未写明{0}：写的是“{1}”。"),
        new("Write the quorum (share of members present) and the majority a resolution needs, as in the agreement's rules of procedure, in place of the quoted phrase.",
            "请按协议议事规则写明出席人数要求和决议通过所需的多数，替换所引用语。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Bodies,
            "the decision rule shows the mechanism is effective; a placeholder in the summary may only be a gap in recording.",
            "议事规则用于证明决策机制有效；摘要中的占位词可能只是记录缺失。"),
        Phrases = Reacts.ToUnsettled(Duty.DecisionRule),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.DecisionRule && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

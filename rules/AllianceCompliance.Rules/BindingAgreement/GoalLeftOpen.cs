using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>A goal whose statement or measure is a placeholder or put off is not a specific goal (Art. 8(2)).</summary>
internal sealed class GoalLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC240", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Goal left open", "目标未明确"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未明确{0}：写的是“{1}”。"),
        new("Art. 8(2) asks for an agreement with specific goals: write the goal and the products, standards, indicators or results by which it is measured, in place of the quoted phrase.",
            "第八条第（二）项要求协议有具体目标：请写明目标及据以考核的产品、标准、指标或成果，替换所引用语。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Goals, "a goal or measure left open is not a specific goal.", "留空的目标或考核指标不构成具体目标。"),
        Phrases = Reacts.ToUnsettled(Duty.Goal),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.Goal && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

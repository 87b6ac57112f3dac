using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A member whose only work is left open or put off (待定, 另行安排, to be assigned) has no share in
/// the division of tasks Art. 8(2) requires. A task that names no work still assigns its member to a
/// goal and counts as settled; a member with another settled task gets AC234, a warning, instead.
/// </summary>
internal sealed class TaskLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC233", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Member's task left open", "成员任务分工未落实"),
        new("Member {0} has no task but one whose work is left open: it says '{1}'.",
            "成员{0}承担的任务均未落实：写的是“{1}”。"),
        new("Art. 8(2) asks for an agreement that 'delineates the division of tasks among member units': write the work the member does towards the goal (research, development, trials, production, standards) in place of the quoted phrase.",
            "第八条第（二）项要求协议落实成员单位的任务分工：请将所引用语替换为该成员为实现目标承担的具体工作（研究、开发、试验、生产、标准制定等）。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Goals, "a task left to be assigned later is no division of tasks among member units.", "留待以后安排的任务不构成成员单位之间的任务分工。"),
        Phrases = Reacts.ToUnsettled(Duty.Task),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        ClauseReading task = null!;
        Member member = null!;
        When()
            .Match(() => roster)
            .Match(() => task, r => r.IsTaskLeftOpen)
            .Not<ClauseReading>(other => other.IsTaskSettled, other => other.Task!.Member == task.Task!.Member)
            .Let(() => member, () => roster.Find(task.Task!.Member)!)
            .Having(() => member != null);
        Then().Yield(_ => Rule.At(task.Unsettled!.Location, task.Clause, Names.Of(member), task.Unsettled!.Phrase));
    }
}

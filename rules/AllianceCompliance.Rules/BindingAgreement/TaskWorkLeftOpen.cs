using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A task whose work is left open, of a member that has another task settled: the member has its
/// share of the division of tasks, and this part of its work is still to be written (a warning).
/// </summary>
internal sealed class TaskWorkLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC234", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("One of a member's tasks left open", "成员的部分任务未落实"),
        new("A task of member {0} leaves its work open: it says '{1}'; the member's other tasks are stated.",
            "成员{0}的一项任务未写明具体工作：写的是“{1}”；该成员的其他任务已写明。"),
        new("Write the work of this task in place of the quoted phrase, or drop the task if the member's other tasks are its whole share.",
            "请将所引用语替换为该项任务的具体工作；如该成员的其他任务已是其全部分工，请删除该项任务。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(Why.Art8Goals, "the member has a stated share in the division of tasks; one of its tasks still to be written is a drafting gap.", "该成员已有明确的任务分工；其中一项任务尚待写明属于起草缺漏。"),
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
            .Exists<ClauseReading>(other => other.IsTaskSettled, other => other.Task!.Member == task.Task!.Member)
            .Let(() => member, () => roster.Find(task.Task!.Member)!)
            .Having(() => member != null);
        Then().Yield(_ => Rule.At(task.Unsettled!.Location, task.Clause, Names.Of(member), task.Unsettled!.Phrase));
    }
}

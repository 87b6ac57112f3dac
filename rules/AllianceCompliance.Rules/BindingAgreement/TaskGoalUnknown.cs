using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// A task that names a goal names one the agreement defines; a task that names none (organising
/// forums, arranging finance) is a task all the same.
/// </summary>
internal sealed class TaskGoalUnknown : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC206", ConditionId.Agreement, Severity.Warning, Cite.Art8Item2,
        new("Task names an undefined goal", "任务所指目标未定义"),
        new("A task of member {0} names goal '{1}', which the agreement does not define.",
            "成员{0}的一项任务所指目标“{1}”在协议中未定义。"),
        new("Correct the task's 'goal' to the id of one of the goals under 'agreement.goals', add the goal it serves, or leave 'goal' out for a task that serves the alliance as a whole.",
            "将任务的 goal 更正为 agreement.goals 中某一目标的 id，或补充该目标；服务于联盟整体的任务可不写 goal。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Goals,
            "a task may serve the alliance without a goal (forums, finance); a goal id the agreement does not define is a slip in the summary.",
            "任务可以不对应具体目标（如组织论坛、安排融资）；所指目标未定义属于摘要记录错误。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        Agreement agreement = null!;
        IReadOnlySet<string> goals = null!;
        TaskAssignment task = null!;
        Member member = null!;
        When()
            .Match(() => agreement)
            .Match(() => roster)
            .Let(() => goals, () => GoalIds(agreement))
            .Match(() => task)
            .Having(() => task.Goal != null && !goals.Contains(task.Goal))
            .Let(() => member, () => roster.Find(task.Member)!);
        Then().Yield(_ => Rule.At(task.At("goal"), task.Clause ?? agreement.Clause, Names.Of(member), task.Goal));
    }

    private static HashSet<string> GoalIds(Agreement agreement) =>
        agreement.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
}

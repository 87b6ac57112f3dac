using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Every task serves one of the agreement's goals; a task that names none, or an undefined one, serves nothing the agreement binds.</summary>
internal sealed class TaskGoalUnknown : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC206", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Task serves no defined goal", "任务未对应已定义的目标"),
        new("A task of member {0} {1}.",
            "成员{0}的一项任务{1}。"),
        new("Set the task's 'goal' to the id of one of the goals under 'agreement.goals', or add the goal it serves.",
            "将任务的 goal 设为 agreement.goals 中某一目标的 id，或补充该任务所服务的目标。"));

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
            .Having(() => task.Goal == null || !goals.Contains(task.Goal))
            .Let(() => member, () => roster.Find(task.Member)!);
        Then().Yield(_ => Rule.At(task.At("goal"), task.Clause ?? agreement.Clause, Names.Of(member), Says(task.Goal)));
    }

    private static HashSet<string> GoalIds(Agreement agreement) =>
        agreement.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);

    private static LocalizedText Says(string? goal) => goal is null
        ? new("names no goal", "未指明所服务的目标")
        : new($"names goal '{goal}', which the agreement does not define", $"所指目标“{goal}”在协议中未定义");
}

using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// The division of tasks as one fact, indexed by member and by goal, so that "every member has a
/// task" and "every goal has a task" are linear joins.
/// </summary>
public sealed class TaskAllocation
{
    // Only ever asked whether a member or goal has a task: sets, not lookups (one grouping and array per key).
    private readonly HashSet<string> byMember;
    private readonly HashSet<string> byGoal;

    /// <summary>Indexes the tasks.</summary>
    /// <param name="tasks">The tasks.</param>
    internal TaskAllocation(ImmutableArray<TaskAssignment> tasks)
    {
        Tasks = tasks;
        byMember = new(tasks.Length, StringComparer.Ordinal);
        byGoal = new(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            if (task.Member is { } member)
            {
                byMember.Add(member);
            }

            if (task.Goal is { } goal)
            {
                byGoal.Add(goal);
            }
        }
    }

    /// <summary>Every task, in file order.</summary>
    public ImmutableArray<TaskAssignment> Tasks { get; }

    /// <summary>Whether a member has at least one task.</summary>
    /// <param name="memberId">The member id.</param>
    /// <returns>True when a task names the member.</returns>
    public bool HasTask(string memberId) => byMember.Contains(memberId);

    /// <summary>Whether a goal has at least one task.</summary>
    /// <param name="goalId">The goal id.</param>
    /// <returns>True when a task names the goal.</returns>
    public bool Serves(string goalId) => byGoal.Contains(goalId);
}

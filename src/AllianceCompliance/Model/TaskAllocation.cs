using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// The division of tasks as one fact, indexed by member and by goal, so that "every member has a
/// task" and "every goal has a task" are linear joins.
/// </summary>
public sealed class TaskAllocation
{
    private readonly ILookup<string, TaskAssignment> byMember;
    private readonly ILookup<string, TaskAssignment> byGoal;

    /// <summary>Indexes the tasks.</summary>
    /// <param name="tasks">The tasks.</param>
    internal TaskAllocation(ImmutableArray<TaskAssignment> tasks)
    {
        Tasks = tasks;
        byMember = tasks.Where(t => t.Member is not null).ToLookup(t => t.Member!, StringComparer.Ordinal);
        byGoal = tasks.Where(t => t.Goal is not null).ToLookup(t => t.Goal!, StringComparer.Ordinal);
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

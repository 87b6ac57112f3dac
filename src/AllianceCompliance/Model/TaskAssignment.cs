namespace AllianceCompliance.Model;

/// <summary>A member's share of the work towards a goal: the division of tasks of Art. 8(2).</summary>
/// <param name="Index">The task's position in <c>agreement.tasks</c>, from 0.</param>
/// <param name="Member">The id of the member that carries it out.</param>
/// <param name="Goal">The id of the goal it serves.</param>
/// <param name="Work">What the member does.</param>
public sealed record TaskAssignment(int Index, string? Member, string? Goal, string? Work) : Node;

namespace AllianceCompliance.Model;

/// <summary>A member's share of the work towards a goal: the division of tasks of Art. 8(2).</summary>
/// <param name="Index">The task's position in <c>agreement.tasks</c>, from 0.</param>
/// <param name="Member">The id of the member that carries it out.</param>
/// <param name="Goal">The id of the goal it serves.</param>
/// <param name="Work">What the member does.</param>
/// <param name="Consortium">The id of the technology consortium the task is assigned to, where it is.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record TaskAssignment(int Index, string? Member, string? Goal, string? Work, string? Consortium = null, string? Clause = null) : Node;

namespace AllianceCompliance.Findings;

/// <summary>How one document fares against one condition.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Status">Its status.</param>
/// <param name="Findings">How many unwaived findings count against it.</param>
public sealed record ConditionResult(Condition Condition, ConditionStatus Status, int Findings);

namespace AllianceCompliance.Model;

/// <summary>A specific technological innovation goal of the agreement (Art. 8(2)).</summary>
/// <param name="Index">The goal's position in <c>agreement.goals</c>, from 0.</param>
/// <param name="Id">The id tasks use to refer to it.</param>
/// <param name="Statement">What is to be achieved.</param>
/// <param name="Measure">How achievement is measured.</param>
/// <param name="Due">When it falls due.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record Goal(int Index, string Id, string? Statement, string? Measure, DateOnly? Due, string? Clause = null) : Node;

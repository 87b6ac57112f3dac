namespace AllianceCompliance.Model;

/// <summary>An annex of the signed agreement, which a clause may refer to (附件3, Annex 2).</summary>
/// <param name="Index">Its position in <c>annexes</c>, from 0.</param>
/// <param name="Id">How the agreement numbers it: <c>附件3</c>, <c>Annex 2</c>, or just <c>3</c>.</param>
/// <param name="Title">Its title.</param>
public sealed record Annex(int Index, string? Id, string? Title) : Node;

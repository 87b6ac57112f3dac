using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>The alliance agreement itself: goals, division of tasks, signatures and general clauses.</summary>
/// <param name="Title">The agreement's title.</param>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="GoverningLaw">The law that governs it.</param>
/// <param name="EffectiveFrom">The day it takes effect.</param>
/// <param name="Term">The period it runs for.</param>
/// <param name="Goals">Its specific goals.</param>
/// <param name="Tasks">The division of tasks among members.</param>
/// <param name="Signatures">The signature page.</param>
/// <param name="BreachLiability">Liability for breach.</param>
/// <param name="Withdrawal">How members leave.</param>
/// <param name="Dissolution">How the alliance ends.</param>
/// <param name="DisputeResolution">How disputes are resolved.</param>
public sealed record Agreement(
    string? Title,
    string? Clause,
    string? GoverningLaw,
    DateOnly? EffectiveFrom,
    Term? Term,
    ImmutableArray<Goal> Goals,
    ImmutableArray<TaskAssignment> Tasks,
    ImmutableArray<Signature> Signatures,
    ClauseText? BreachLiability,
    Withdrawal? Withdrawal,
    Dissolution? Dissolution,
    DisputeResolution? DisputeResolution) : Node
{
    /// <summary>The force majeure clause.</summary>
    public ClauseText? ForceMajeure { get; init; }

    /// <summary>The clause on how the agreement is amended and when amendments take effect.</summary>
    public ClauseText? Amendment { get; init; }

    /// <summary>The clause on how notices and documents are served on members.</summary>
    public ClauseText? Notices { get; init; }

    /// <summary>The annexes of the signed agreement that clauses refer to; a reference to one not listed is a term left open.</summary>
    public ImmutableArray<Annex> Annexes { get; init; } = [];
}

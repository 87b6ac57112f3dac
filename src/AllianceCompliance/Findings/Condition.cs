using System.Collections.Immutable;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Findings;

/// <summary>A condition a report assesses, with its title and the source it comes from.</summary>
/// <param name="Id">Its fixed id, one of <see cref="ConditionId.All"/>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">The provision it encodes.</param>
public sealed record Condition(string Id, LocalizedText Title, string Source)
{
    /// <summary>Every condition, in report order.</summary>
    public static ImmutableArray<Condition> All { get; } =
    [
        Of(ConditionId.LegalEntities, "Guiding Opinions Art. 8(1)"),
        Of(ConditionId.Agreement, "Guiding Opinions Art. 8(2)"),
        Of(ConditionId.Organisation, "Guiding Opinions Art. 8(3)"),
        Of(ConditionId.Funds, "Guiding Opinions Art. 8(4)"),
        Of(ConditionId.Interests, "Guiding Opinions Art. 8(5)"),
        Of(ConditionId.Openness, "Guiding Opinions Art. 8(6)"),
        Of(ConditionId.Clauses, "Agreement templates; pilot procedure"),
        Of(ConditionId.Pilot, "Pilot procedure (2013), application (1)"),
    ];

    private static Condition Of(string id, string source) => new(id, Words.Get($"Condition.{id}.Title"), source);

    /// <summary>The condition with the given id.</summary>
    /// <param name="id">One of <see cref="ConditionId.All"/>.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The id is not a condition.</exception>
    public static Condition Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"No condition '{id}'.", nameof(id));
}

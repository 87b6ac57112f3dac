using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Compares the names of people as written in different parts of an agreement.</summary>
internal static class PersonName
{
    /// <summary>Whether two names are the same person's (<see cref="Normalised"/>: "Zhang San", "ZHANG  San"; "张 三", "张三").</summary>
    public static bool Same(string? a, string? b) => Normalised.Of(a) is { } x && x == Normalised.Of(b);

    /// <summary>
    /// Whether the member with this id has a registered legal representative and the name is not theirs
    /// (a name that is missing is not theirs). False for an id that is not a member's.
    /// </summary>
    public static bool NotRepresentativeOf(Roster roster, string? memberId, string? name) =>
        roster.Find(memberId)?.LegalPerson?.Representative is { } representative
        && !string.IsNullOrWhiteSpace(representative)
        && !Same(name, representative);
}

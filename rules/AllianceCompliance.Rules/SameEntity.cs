using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>What makes two members the same legal entity: the same credit code or the same registered name (<see cref="Normalised"/>).</summary>
internal static class SameEntity
{
    // Each roster's earlier listings, found once per roster (one roster per evaluation) and dropped with it.
    private static readonly ConditionalWeakTable<Roster, IReadOnlyDictionary<Member, Member>> Listings = [];

    /// <summary>The first member, in file order, that the member repeats (same credit code or name); null when it repeats none.</summary>
    public static Member? EarlierListingOf(this Roster roster, Member member) =>
        Listings.GetValue(roster, r => EarlierListings(r.Members)).GetValueOrDefault(member);

    /// <summary>Each member that repeats an earlier member's credit code or name, with the first such member in file order.</summary>
    public static IReadOnlyDictionary<Member, Member> EarlierListings(ImmutableArray<Member> members)
    {
        var first = new Dictionary<string, Member>(StringComparer.Ordinal);
        var earlier = new Dictionary<Member, Member>(ReferenceEqualityComparer.Instance);
        foreach (var member in members.OrderBy(m => m.Index))
        {
            // Code and name are keyed apart ("C:" and "N:"), so a name never matches a code.
            string?[] keys = [Key("C:", member.LegalPerson?.CreditCode), Key("N:", member.Name)];
            var listed = keys.Select(k => k is null ? null : first.GetValueOrDefault(k)).OfType<Member>().MinBy(m => m.Index);
            if (listed is not null)
            {
                earlier[member] = listed;
            }

            foreach (var key in keys.OfType<string>())
            {
                first.TryAdd(key, member);
            }
        }

        return earlier;
    }

    private static string? Key(string kind, string? text) => Normalised.Of(text) is { } normal ? kind + normal : null;
}

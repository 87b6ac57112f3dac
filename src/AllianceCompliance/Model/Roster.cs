using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// The list of members as one fact, indexed by id, credit code and name. Rules join a member with
/// the roster instead of with every other member, so a check stays linear in the membership
/// (NRules joins are nested loops).
/// </summary>
public sealed class Roster
{
    private readonly Dictionary<string, Member> byId;
    private readonly Dictionary<string, Member> firstByCreditCode;
    private readonly Dictionary<string, Member> firstByName;
    private readonly Dictionary<Member, Member> earlierListings = new(ReferenceEqualityComparer.Instance);

    /// <summary>Indexes the members.</summary>
    /// <param name="members">The members, ids unique.</param>
    /// <param name="location">The location of the <c>members</c> list, for findings about the membership as a whole.</param>
    internal Roster(ImmutableArray<Member> members, SourceLocation location)
    {
        Members = members;
        Location = location;
        // Built for each evaluation and read a few times: a plain dictionary, not a frozen one that is dear to build.
        // Sized for every member at once: grown by doubling, each table was allocated about twice over.
        byId = new(members.Length, StringComparer.Ordinal);
        firstByCreditCode = new(members.Length, StringComparer.Ordinal);
        firstByName = new(members.Length, StringComparer.Ordinal);
        // The earlier listing of every member is found once here, in two passes, rather than with
        // new keys and iterators each time a rule asks (once per member per evaluation).
        var keys = new (string? Code, string? Name)[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            byId.TryAdd(members[i].Id, members[i]);
            keys[i] = Keys(members[i]);
            if (keys[i].Code is { } code)
            {
                firstByCreditCode.TryAdd(code, members[i]);
            }

            if (keys[i].Name is { } name && !string.IsNullOrWhiteSpace(members[i].Name))
            {
                firstByName.TryAdd(name, members[i]);
            }
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (EarlierListing(members[i], keys[i]) is { } earlier)
            {
                earlierListings[members[i]] = earlier;
            }
        }
    }

    /// <summary>The location of the <c>members</c> list.</summary>
    public SourceLocation Location { get; }

    /// <summary>Every member, in file order.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>The member with an id, or null.</summary>
    /// <param name="id">The member id.</param>
    /// <returns>The member, or null when there is none.</returns>
    public Member? Find(string? id) => id is not null && byId.TryGetValue(id, out var member) ? member : null;

    /// <summary>The first member, in file order, that shares another member's credit code or registered name.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The earlier member the same entity was listed as, or null.</returns>
    public Member? EarlierListingOf(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (earlierListings.TryGetValue(member, out var earlier))
        {
            return earlier;
        }

        // A member of this roster without an earlier listing, or one from elsewhere, looked up now.
        var listed = byId.TryGetValue(member.Id, out var same) && ReferenceEquals(same, member);
        return listed ? null : EarlierListing(member, Keys(member));
    }

    private static (string? Code, string? Name) Keys(Member member) => (
        member.LegalPerson?.CreditCode is { Length: > 0 } code ? code.Trim().ToUpperInvariant() : null,
        member.Name is { } name ? NormalName(name) : null);

    /// <summary>The first member, in file order, before this one with its credit code or its name.</summary>
    private Member? EarlierListing(Member member, (string? Code, string? Name) keys)
    {
        var sameCode = keys.Code is { } code ? firstByCreditCode.GetValueOrDefault(code) : null;
        var sameName = keys.Name is { } name ? firstByName.GetValueOrDefault(name) : null;
        Member? first = null;
        foreach (var candidate in (ReadOnlySpan<Member?>)[sameCode, sameName])
        {
            if (candidate is not null && candidate.Index < member.Index && (first is null || candidate.Index < first.Index))
            {
                first = candidate;
            }
        }

        return first;
    }

    // Once per member per evaluation: filtered and upper-cased in a buffer, one string made.
    private static string NormalName(string name)
    {
        var kept = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                kept[length++] = c;
            }
        }

        var upper = length <= 256 ? stackalloc char[length] : new char[length];
        return new string(upper[..kept[..length].ToUpperInvariant(upper)]);
    }
}

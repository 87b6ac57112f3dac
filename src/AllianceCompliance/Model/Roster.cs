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
    private readonly ILookup<string, Member> byCreditCode;
    private readonly ILookup<string, Member> byName;

    /// <summary>Indexes the members.</summary>
    /// <param name="members">The members, ids unique.</param>
    /// <param name="location">The location of the <c>members</c> list, for findings about the membership as a whole.</param>
    internal Roster(ImmutableArray<Member> members, SourceLocation location)
    {
        Members = members;
        Location = location;
        // Built for each evaluation and read a few times: a plain dictionary, not a frozen one that is dear to build.
        byId = members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        byCreditCode = members.Where(m => !string.IsNullOrEmpty(m.LegalPerson?.CreditCode))
            .ToLookup(m => m.LegalPerson!.CreditCode!.Trim().ToUpperInvariant(), StringComparer.Ordinal);
        byName = members.Where(m => !string.IsNullOrWhiteSpace(m.Name))
            .ToLookup(m => NormalName(m.Name!), StringComparer.Ordinal);
    }

    /// <summary>The location of the <c>members</c> list.</summary>
    public SourceLocation Location { get; }

    /// <summary>Every member, in file order.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>The member with an id, or null.</summary>
    /// <param name="id">The member id.</param>
    /// <returns>The member, or null when there is none.</returns>
    public Member? Find(string? id) => id is not null && byId.TryGetValue(id, out var member) ? member : null;

    /// <summary>Whether a member of the given kind has the id.</summary>
    /// <param name="id">The member id.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>True when such a member has that id.</returns>
    public bool IsOfKind(string? id, MemberKind kind) => Find(id)?.Kind == kind;

    /// <summary>The first member, in file order, that shares another member's credit code or registered name.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The earlier member the same entity was listed as, or null.</returns>
    public Member? EarlierListingOf(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var sameCode = member.LegalPerson?.CreditCode is { Length: > 0 } code
            ? byCreditCode[code.Trim().ToUpperInvariant()].FirstOrDefault()
            : null;
        var sameName = member.Name is { } name ? byName[NormalName(name)].FirstOrDefault() : null;
        var first = new[] { sameCode, sameName }.Where(m => m is not null && m.Index < member.Index).MinBy(m => m!.Index);
        return first;
    }

    private static string NormalName(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))).ToUpperInvariant();
}

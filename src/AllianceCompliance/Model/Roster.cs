using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// The list of members as one fact, indexed by id. Rules join a member with the roster instead of
/// with every other member, so a check stays linear in the membership (NRules joins are nested loops).
/// </summary>
public sealed class Roster
{
    private readonly Dictionary<string, Member> byId;

    /// <summary>Indexes the members.</summary>
    /// <param name="members">The members, ids unique.</param>
    /// <param name="location">The location of the <c>members</c> list, for findings about the membership as a whole.</param>
    internal Roster(ImmutableArray<Member> members, SourceLocation location)
    {
        Members = members;
        Location = location;
        byId = new(members.Length, StringComparer.Ordinal);
        foreach (var member in members)
        {
            byId.TryAdd(member.Id, member);
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
}

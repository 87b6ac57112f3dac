using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Compares the names of people as written in different parts of an agreement.</summary>
internal static class PersonName
{
    private const int OnStack = 256;

    /// <summary>Whether two names are the same person's, ignoring spacing and letter case ("Zhang San", "ZHANG  San"; "张 三", "张三").</summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // Compared without building the spaceless names as strings: this runs for every signature.
        // A name too long for the stack (not a real one) gets a buffer of its own.
        var x = a.Length <= OnStack ? stackalloc char[a.Length] : new char[a.Length];
        var y = b.Length <= OnStack ? stackalloc char[b.Length] : new char[b.Length];
        return MemoryExtensions.Equals(Normal(a, x), Normal(b, y), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the member with this id has a registered legal representative and the name is not theirs
    /// (a name that is missing is not theirs). False for an id that is not a member's.
    /// </summary>
    public static bool NotRepresentativeOf(Roster roster, string? memberId, string? name) =>
        roster.Find(memberId)?.LegalPerson?.Representative is { } representative
        && !string.IsNullOrWhiteSpace(representative)
        && !Same(name, representative);

    private static ReadOnlySpan<char> Normal(string name, Span<char> into)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c))
            {
                into[length++] = c;
            }
        }

        return into[..length];
    }
}

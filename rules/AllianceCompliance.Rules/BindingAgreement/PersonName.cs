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
        if (a.Length > OnStack || b.Length > OnStack)
        {
            return string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);
        }

        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        return MemoryExtensions.Equals(Normal(a, x), Normal(b, y), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normal(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

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

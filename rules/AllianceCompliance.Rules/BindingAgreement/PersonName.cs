namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Compares the names of people as written in different parts of an agreement.</summary>
internal static class PersonName
{
    /// <summary>Whether two names are the same person's, ignoring spacing and letter case ("Zhang San", "ZHANG  San"; "张 三", "张三").</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
}

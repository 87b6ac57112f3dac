namespace AllianceCompliance.Findings;

/// <summary>
/// A member, body or consortium of the alliance that a finding names, as the agreement file gives
/// it. The finding's message names it with its id (<c>Tianjin University ('tju')</c>,
/// <c>天津大学（tju）</c>) so that the file's author can find it; a report written for a reader of
/// the agreement rather than of the file may name it by its name alone.
/// </summary>
/// <param name="Id">Its id in the file; for a body or consortium without one, its place in the file (<c>bodies[2]</c>).</param>
/// <param name="Name">Its name, when the file gives one.</param>
/// <param name="LocalName">Its name in Chinese (<c>localName</c>), when the file gives one.</param>
public sealed record Subject(string Id, string? Name, string? LocalName)
{
    /// <summary>Its name in a language: in Chinese its local name where the file gives one, else its name; null when it has none.</summary>
    internal string? NameIn(Language language, bool eitherName)
    {
        var name = Given(Name);
        var local = Given(LocalName);
        return language == Language.Chinese ? local ?? name : name ?? (eitherName ? local : null);
    }

    private static string? Given(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}

namespace AllianceCompliance.Rules;

/// <summary>
/// The one normaliser of the rule set: how two spellings of a name or code are found to be the same
/// (<see cref="SameEntity"/>, <see cref="BindingAgreement.PersonName"/>).
/// </summary>
internal static class Normalised
{
    /// <summary>
    /// The text without white space or punctuation, in upper case: "Example  University." and
    /// "EXAMPLE UNIVERSITY" give the same; so do "张 三" and "张三". Null for null or blank text.
    /// </summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                kept.Append(char.ToUpperInvariant(c));
            }
        }

        return kept.ToString();
    }
}

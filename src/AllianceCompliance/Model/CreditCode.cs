using System.Buffers;

namespace AllianceCompliance.Model;

/// <summary>
/// The unified social credit code of GB 32100-2015: 18 characters, the first two saying who
/// registered the organisation and as what, the last a check character.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly SearchValues<char> InAlphabet = SearchValues.Create(Alphabet);
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Whether a code has the standard's shape: 18 characters from its alphabet (no I, O, S, V, Z),
    /// and six digits of administrative division in positions 3 to 8.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>True when the shape is right (the check character is tested separately).</returns>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 18 }
        && !code.AsSpan().ContainsAnyExcept(InAlphabet)
        && code.AsSpan(2, 6).ContainsAnyExcept("0123456789") is false;

    /// <summary>The check character the first 17 characters call for.</summary>
    /// <param name="code">A well-formed code.</param>
    /// <returns>The expected 18th character.</returns>
    public static char ExpectedCheckCharacter(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Whether a well-formed code's check character is right.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when the 18th character matches the first 17.</returns>
    public static bool HasValidCheckCharacter(string? code) =>
        IsWellFormed(code) && code![17] == ExpectedCheckCharacter(code);

    /// <summary>Whether a code's registration authority and category fit a kind of member.</summary>
    /// <param name="code">A well-formed code.</param>
    /// <param name="kind">The member's kind.</param>
    /// <returns>
    /// True when they fit: enterprises are registered by market regulation as enterprises (<c>91</c>);
    /// universities by a staffing authority (<c>1x</c>) or, when private, by civil affairs (<c>5x</c>);
    /// research institutes likewise, or as enterprises when they have been converted into companies.
    /// </returns>
    public static bool FitsKind(string code, MemberKind kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        return kind switch
        {
            MemberKind.Enterprise => code.StartsWith("91", StringComparison.Ordinal),
            MemberKind.University => code[0] is '1' or '5',
            MemberKind.ResearchInstitute => code[0] is '1' or '5' || code.StartsWith("91", StringComparison.Ordinal),
            _ => true,
        };
    }
}

namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// How text is folded before it is matched, one character for one (so an offset in the folded text
/// is the offset in the value): traditional characters to simplified (the table of
/// <c>traditional.yaml</c>), full-width letters, digits and punctuation to half-width, ASCII letters
/// to lower case. White space is not matched at all (<see cref="IsSkipped"/>).
/// </summary>
internal sealed class Folding
{
    private readonly char[] table = new char[char.MaxValue + 1];

    public Folding(IEnumerable<KeyValuePair<char, char>> traditional)
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = (char)(c + ('a' - 'A'));
        }

        // Full-width ASCII (U+FF01..U+FF5E) is ASCII shifted by 0xFEE0; the ideographic space is a space.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            table[c] = table[c - 0xFEE0];
        }

        table['\u3000'] = ' ';
        foreach (var (from, to) in traditional)
        {
            table[from] = to;
        }
    }

    public char this[char c] => table[c];

    /// <summary>Whether a character is skipped when matching: white space, so that a phrase broken by a line or spaced out still matches.</summary>
    public static bool IsSkipped(char c) => char.IsWhiteSpace(c);

    /// <summary>Whether a folded character is part of an English word (a phrase that starts or ends with one matches whole words only).</summary>
    public static bool IsWordCharacter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    /// <summary>A phrase folded as text is, its white space removed.</summary>
    public string Fold(string phrase)
    {
        var folded = new System.Text.StringBuilder(phrase.Length);
        foreach (var c in phrase)
        {
            if (!IsSkipped(c))
            {
                folded.Append(this[c]);
            }
        }

        return folded.ToString();
    }
}

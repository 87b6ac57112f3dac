namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// The number or letter of an annex, as a clause or the list of annexes writes it, normalised so that
/// 附件三, 附件3, Annex 3, Annex III and <c>3</c> are the same annex (<c>3</c>), and Annex B is <c>B</c>
/// (letters and roman numerals only in capitals).
/// </summary>
internal static class AnnexLabel
{
    private const string ChineseDigits = "零一二三四五六七八九";

    /// <summary>The label that starts at <paramref name="start"/> (after spaces), and where it ends; empty and <paramref name="start"/> when none does.</summary>
    public static (string Label, int End) Read(string text, int start, Folding folding)
    {
        var i = start;
        while (i < text.Length && Folding.IsSkipped(text[i]))
        {
            i++;
        }

        var end = i;
        while (end < text.Length && folding[text[end]] is >= '0' and <= '9')
        {
            end++;
        }

        if (end > i)
        {
            var digits = new string([.. text[i..end].Select(c => folding[c])]).TrimStart('0');
            return (digits.Length == 0 ? "0" : digits, end);
        }

        while (end < text.Length && (ChineseDigits.Contains(text[end], StringComparison.Ordinal) || text[end] is '十' or '〇'))
        {
            end++;
        }

        if (end > i)
        {
            return (Chinese(text[i..end]).ToString(System.Globalization.CultureInfo.InvariantCulture), end);
        }

        while (end < text.Length && folding[text[end]] is >= 'a' and <= 'z')
        {
            end++;
        }

        // A letter or roman numeral is written in capitals (Annex B, Annex II): "schedule a meeting" names no annex.
        var word = new string([.. text[i..end].Select(c => folding[c])]);
        if (text[i..end].Any(char.IsLower))
        {
            return (string.Empty, start);
        }

        return word switch
        {
            "" => (string.Empty, start),
            _ when word.All(c => c is 'i' or 'v' or 'x') && word.Length <= 4 => (Roman(word).ToString(System.Globalization.CultureInfo.InvariantCulture), end),
            { Length: 1 } => (word.ToUpperInvariant(), end),
            _ => (string.Empty, start),
        };
    }

    /// <summary>The label of an annex as <c>agreement.annexes[].id</c> names it: after an annex word when it has one, else from its start.</summary>
    public static string OfId(string id, Vocabulary vocabulary)
    {
        // Annex phrases bear on every duty: any duty reads them.
        var hits = PhraseReader.Read(vocabulary, id, Duty.Goal, out _);
        var annex = hits.FirstOrDefault(h => h.Category == PhraseCategory.Annex);
        return annex.Entry is not null ? annex.Label : Read(id, 0, vocabulary.Folding).Label;
    }

    private static int Chinese(string numeral)
    {
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Aggregate(0, (n, c) => (n * 10) + Math.Max(0, ChineseDigits.IndexOf(c == '〇' ? '零' : c, StringComparison.Ordinal)));
        }

        var tens = ten == 0 ? 1 : Math.Max(0, ChineseDigits.IndexOf(numeral[ten - 1], StringComparison.Ordinal));
        var units = ten + 1 < numeral.Length ? Math.Max(0, ChineseDigits.IndexOf(numeral[ten + 1], StringComparison.Ordinal)) : 0;
        return (tens * 10) + units;
    }

    private static int Roman(string numeral)
    {
        int Value(char c) => c switch { 'i' => 1, 'v' => 5, _ => 10 };
        var total = 0;
        for (var k = 0; k < numeral.Length; k++)
        {
            var v = Value(numeral[k]);
            total += k + 1 < numeral.Length && Value(numeral[k + 1]) > v ? -v : v;
        }

        return total;
    }
}

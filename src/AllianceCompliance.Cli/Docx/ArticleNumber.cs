using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceCompliance.Cli.Docx;

/// <summary>
/// An article of an agreement, and optionally one of its paragraphs (款), as a finding's clause or
/// a draft's text names it: <c>第十二条</c>, <c>第十二条第二款</c>, <c>Article 12</c>, <c>Art. 12(2)</c>.
/// A range (<c>Art. 15-22</c>) names its first article.
/// </summary>
/// <param name="Article">The article's number.</param>
/// <param name="Paragraph">The paragraph's number within it, when one is named.</param>
internal sealed partial record ArticleNumber(int Article, int? Paragraph)
{
    /// <summary>The article a clause names, anywhere in it; null when it names none (<c>Preamble</c>, <c>Annex 2</c>).</summary>
    public static ArticleNumber? InClause(string? clause) => clause is null ? null : Match(Chinese().Match(clause), English().Match(clause));

    /// <summary>The article a paragraph of a draft opens (its text, with its list number in front when it has one); null when it opens none.</summary>
    public static ArticleNumber? Opening(string text)
    {
        var start = text.TrimStart();
        return Match(ChineseOpening().Match(start), EnglishOpening().Match(start));
    }

    /// <summary>Whether a paragraph opens a chapter or part (第一章, Chapter 2), which ends the article before it.</summary>
    public static bool OpensChapter(string text) => Chapter().IsMatch(text.TrimStart());

    /// <summary>A number in Chinese numerals: 十二, 二十, 一百零五, 两; or in digits.</summary>
    public static int? ChineseNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        int total = 0, current = 0;
        foreach (var c in text)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c is '〇' or '两')
            {
                digit = c == '两' ? 2 : 0;
            }

            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current is > 0 and var number ? number : null;
    }

    /// <summary>A number in Chinese numerals, as a numbered list writes it: 12 as 十二, 105 as 一百零五.</summary>
    public static string ChineseNumerals(int number)
    {
        const string Digits = "零一二三四五六七八九";
        if (number is <= 0 or >= 10000)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var text = new System.Text.StringBuilder();
        (int Value, char Unit)[] units = [(1000, '千'), (100, '百'), (10, '十'), (1, '\0')];
        var zero = false;
        foreach (var (value, unit) in units)
        {
            var digit = number / value % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append('零');
                zero = false;
            }

            if (!(digit == 1 && value == 10 && text.Length == 0))
            {
                text.Append(Digits[digit]);
            }

            if (unit != '\0')
            {
                text.Append(unit);
            }
        }

        return text.ToString();
    }

    private static ArticleNumber? Match(Match chinese, Match english)
    {
        if (chinese.Success && ChineseNumber(chinese.Groups["a"].Value) is { } article)
        {
            return new(article, chinese.Groups["p"].Success ? ChineseNumber(chinese.Groups["p"].Value) : null);
        }

        if (english.Success && int.TryParse(english.Groups["a"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new(number, english.Groups["p"].Success ? int.Parse(english.Groups["p"].Value, CultureInfo.InvariantCulture) : null);
        }

        return null;
    }

    // Data, not words shown: what drafts write (listed in NoLanguageLiteralsTests); the Chinese above too.
    private const string Numeral = "[零〇一二两三四五六七八九十百千0-9]+";

    [GeneratedRegex("第(?<a>" + Numeral + ")条(?:第(?<p>" + Numeral + ")款)?")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\b(?:Article|Art\.?)\s*(?<a>[0-9]+)(?:\s*\((?<p>[0-9]+)\)|\s*,?\s*(?:paragraph|para\.?)\s*(?<p>[0-9]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex("^第(?<a>" + Numeral + ")条")]
    private static partial Regex ChineseOpening();

    [GeneratedRegex(@"^(?:Article|Art\.?)\s*(?<a>[0-9]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOpening();

    [GeneratedRegex("^(?:第" + Numeral + "[章节编部分]|(?:Chapter|Part|Section)\\s+[0-9IVXLC]+\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();
}

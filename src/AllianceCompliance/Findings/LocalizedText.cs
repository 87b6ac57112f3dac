using System.Globalization;

namespace AllianceCompliance.Findings;

/// <summary>A text in English and in Chinese.</summary>
/// <param name="English">The English text.</param>
/// <param name="Chinese">The Simplified Chinese text.</param>
public sealed record LocalizedText(string English, string Chinese)
{
    /// <summary>The text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string In(Language language) => language == Language.Chinese ? Chinese : English;

    /// <summary>The empty text.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Fills the numbered placeholders (<c>{0}</c>, <c>{1}</c>...) of both texts.</summary>
    /// <param name="arguments">
    /// The values, formatted with the invariant culture; a <see cref="LocalizedText"/> value fills
    /// each language with its own text.
    /// </param>
    /// <returns>The filled texts.</returns>
    public LocalizedText Format(params object?[] arguments) =>
        arguments.Length == 0
            ? this
            : new(Fill(English, arguments, Language.English), Fill(Chinese, arguments, Language.Chinese));

    /// <summary>
    /// The most characters of one value shown in a message: a longer value is cut with an ellipsis,
    /// so that messages (which may quote agreement text) keep a report linear in its input.
    /// </summary>
    internal const int MaxValue = 300;

    /// <summary>A value cut to <see cref="MaxValue"/> characters with an ellipsis (never inside a surrogate pair).</summary>
    internal static string Shorten(string text)
    {
        if (text.Length <= MaxValue)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxValue - 1]) ? MaxValue - 1 : MaxValue;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static string Fill(string format, object?[] arguments, Language language) =>
        string.Format(
            CultureInfo.InvariantCulture,
            format,
            arguments.Select(a => a switch
            {
                LocalizedText text => Shorten(text.In(language)),
                string value => Shorten(value),
                _ => a,
            }).ToArray());

    /// <inheritdoc />
    public override string ToString() => English;
}

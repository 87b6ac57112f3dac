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

    private static string Fill(string format, object?[] arguments, Language language) =>
        string.Format(
            CultureInfo.InvariantCulture,
            format,
            arguments.Select(a => a is LocalizedText text ? text.In(language) : a).ToArray());

    /// <inheritdoc />
    public override string ToString() => English;
}

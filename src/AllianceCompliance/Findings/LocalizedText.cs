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
    public LocalizedText Format(params object?[] arguments)
    {
        if (arguments.Length == 0)
        {
            return this;
        }

        if (!Phrase.Names(arguments))
        {
            return new(Phrase.Fill(English, arguments, Language.English, withIds: true), Phrase.Fill(Chinese, arguments, Language.Chinese, withIds: true));
        }

        var wording = new Phrase(this, [.. arguments]);
        return new(wording.In(Language.English, withIds: true), wording.In(Language.Chinese, withIds: true)) { Wording = wording };
    }

    /// <summary>
    /// How the text was made, when it names members, bodies or consortia (<see cref="Subject"/>):
    /// kept so that a report can name them its own way (<see cref="In(Language, bool)"/>). It is no
    /// part of the text's value: two texts that say the same are equal.
    /// </summary>
    internal Phrase? Wording { get; private init; }

    /// <summary>
    /// The text in a language, naming the members, bodies and consortia it names with their ids, as
    /// it says (<c>Tianjin University ('tju')</c>), or by their names alone (<c>Tianjin University</c>).
    /// </summary>
    internal string In(Language language, bool withIds) => withIds || Wording is null ? In(language) : Wording.In(language, withIds);

    /// <summary>A subject as a text names it: by its name and id, or by its id alone (see <see cref="Mention"/>).</summary>
    internal static LocalizedText Of(Subject subject, bool withName) => Placeholder.Format(new Mention(subject, withName));

    private static readonly LocalizedText Placeholder = new("{0}", "{0}");

    /// <summary>Whether the other text says the same in both languages.</summary>
    /// <param name="other">The other text.</param>
    /// <returns>Whether both texts are the same.</returns>
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(English, other.English, StringComparison.Ordinal) && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(English, Chinese);

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

    /// <inheritdoc />
    public override string ToString() => English;
}

using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Findings;

/// <summary>
/// A text with its values kept apart (<see cref="LocalizedText.Format"/>), so that the members,
/// bodies and consortia it names (<see cref="Subject"/>) stay subjects until a report renders them:
/// with their ids, as messages name them, or by their names alone, as the review memo does.
/// </summary>
/// <param name="Format">The text with numbered placeholders.</param>
/// <param name="Arguments">The values of the placeholders.</param>
internal sealed record Phrase(LocalizedText Format, ImmutableArray<object?> Arguments)
{
    /// <summary>The subjects it names, in the order it first names them.</summary>
    public ImmutableArray<Subject> Subjects { get; } = [.. Arguments.SelectMany(SubjectsOf).Distinct()];

    /// <summary>The text in a language, naming its subjects with their ids or by their names alone.</summary>
    public string In(Language language, bool withIds) =>
        Arguments.IsEmpty ? Format.In(language) : Fill(Format.In(language), Arguments, language, withIds);

    /// <summary>Whether any of the values names a subject (else a plain fill will do).</summary>
    public static bool Names(IEnumerable<object?> arguments) => arguments.Any(a => a is Mention or LocalizedText { Wording: not null });

    /// <summary>A format's placeholders filled, each value cut to <see cref="LocalizedText.MaxValue"/> characters.</summary>
    public static string Fill(string format, IEnumerable<object?> arguments, Language language, bool withIds) =>
        string.Format(CultureInfo.InvariantCulture, format, [.. arguments.Select(a => Value(a, language, withIds))]);

    private static object? Value(object? argument, Language language, bool withIds) => argument switch
    {
        LocalizedText text => LocalizedText.Shorten(text.In(language, withIds)),
        Mention mention => LocalizedText.Shorten(mention.In(language, withIds)),
        string value => LocalizedText.Shorten(value),
        _ => argument,
    };

    private static IEnumerable<Subject> SubjectsOf(object? argument) => argument switch
    {
        LocalizedText { Wording: { } wording } => wording.Subjects,
        Mention mention => [mention.Subject],
        _ => [],
    };
}

/// <summary>
/// A subject as a message names it: by its name with its id (<c>Tianjin University ('tju')</c>,
/// <c>天津大学（tju）</c>), or by its id alone (<c>'tju'</c>, <c>“tju”</c>) where it has no name or the
/// message says its name already. Without ids, it is its name, or its id where it has none.
/// </summary>
/// <param name="Subject">The member, body or consortium.</param>
/// <param name="WithName">Whether a message names it by its name and id (else by its id alone).</param>
internal sealed record Mention(Subject Subject, bool WithName)
{
    public string In(Language language, bool withIds)
    {
        var name = Subject.NameIn(language, eitherName: !withIds);
        return name is not null && (!withIds || WithName)
            ? withIds ? Words.NamedWithId.Format(name, Subject.Id).In(language) : name
            : Words.QuotedId.Format(Subject.Id).In(language);
    }
}

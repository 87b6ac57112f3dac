using AllianceCompliance.Findings;
using AllianceCompliance.Resources;
using YamlDotNet.Core;

namespace AllianceCompliance.Loading;

/// <summary>
/// Turns the YAML parser's syntax errors into our own sentences (<see cref="Words.Yaml"/>): the
/// parser's messages are English, name its own grammar ("block mapping", "simple key") and are no
/// contract. Each kind of problem it reports is recognised by a fragment of its message; one we do
/// not recognise keeps the parser's message in English and gets a general sentence in Chinese.
/// </summary>
/// <remarks>The fragments below are the parser's words to recognise, not words we show.</remarks>
internal static class YamlMessages
{
    private static readonly (string Fragment, Func<LocalizedText> Reason)[] Kinds =
    [
        ("did not find expected key", () => Words.Yaml.ExpectedKey),
        ("Mapping values are not allowed", () => Words.Yaml.ValueNotAllowed),
        ("Mapping keys are not allowed", () => Words.Yaml.ValueNotAllowed),
        ("did not find expected '-' indicator", () => Words.Yaml.ExpectedItem),
        ("Block sequence entries are not allowed", () => Words.Yaml.ItemNotAllowed),
        ("flow sequence", () => Words.Yaml.FlowSequence),
        ("flow mapping", () => Words.Yaml.FlowMapping),
        ("could not find expected ':'", () => Words.Yaml.ExpectedColon),
        ("cannot start any token", () => Words.Yaml.BadCharacter),
        ("tab as indentation", () => Words.Yaml.Tab),
        ("tab character", () => Words.Yaml.Tab),
        ("quoted scalar", () => Words.Yaml.Quoted),
        ("did not find expected node content", () => Words.Yaml.MissingValue),
        ("Reached the end of the stream", () => Words.Yaml.UnexpectedEnd),
        ("block scalar", () => Words.Yaml.BlockScalar),
    ];

    /// <summary>Why the YAML could not be read, in both languages.</summary>
    public static LocalizedText Describe(YamlException error)
    {
        if (error is OwnSyntaxError own)
        {
            return own.Reason;
        }

        var message = Unplaced(error.Message);
        foreach (var (fragment, reason) in Kinds)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return reason();
            }
        }

        return new(message.TrimEnd('.'), Words.Yaml.Other.Chinese);
    }

    /// <summary>Whether the parser found a tab in the indentation (it places that error at the value before the tab).</summary>
    public static bool IsTabInIndentation(YamlException error) => error.Message.Contains("tab character", StringComparison.Ordinal);

    /// <summary>The parser's message without the marks it starts with, "(Line: 1, Col: 1, Idx: 0) - (...): ".</summary>
    public static string Unplaced(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }
}

/// <summary>A syntax error the loader finds itself, with its reason already in both languages.</summary>
internal sealed class OwnSyntaxError(Mark at, LocalizedText reason) : YamlException(at, at, reason.English)
{
    public LocalizedText Reason { get; } = reason;
}

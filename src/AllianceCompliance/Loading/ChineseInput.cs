using System.Text;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>
/// Recognises what a Chinese input method types where YAML needs ASCII: a full-width colon after a
/// key (<c>representative：张伟</c>), full-width commas, colons or brackets inside <c>[ ]</c> or
/// <c>{ }</c> (<c>[核电装备，火电装备]</c>), a list or mapping between full-width or Chinese brackets
/// (<c>【a, b】</c>, <c>［a, b］</c>, <c>〔a〕</c>, <c>｛k: v｝</c>), and full-width spaces (U+3000) in the indentation. Each
/// is a located finding saying what was typed and what to type.
/// </summary>
/// <remarks>
/// Lines are looked at only where the parser failed (up to its error), or where a value it read
/// cannot be what was meant: a line of a block of text may rightly hold any of these characters.
/// </remarks>
internal static partial class ChineseInput
{
    private const char WideSpace = '\u3000';
    private static readonly char[] WidePunctuation = ['\uff0c', '\uff1a', '\uff3b', '\uff3d', '\uff5b', '\uff5d'];
    private static readonly char[] WideBrackets = ['\uff3b', '\uff3d', '\uff5b', '\uff5d'];

    // What an input method types for [ and { (［ ｛), and the Chinese brackets typed for them (【 〔), each with its closing one.
    private const string Opening = "\uff3b\uff5b\u3010\u3014";
    private const string Closing = "\uff3d\uff5d\u3011\u3015";

    /// <summary>How many lines before a syntax error its cause may stand (a plain value may run on over a few lines).</summary>
    private const int Reach = 3;

    /// <summary>The mistakes of Chinese input on the lines just before and at <paramref name="errorLine"/>, where the parser stopped.</summary>
    public static List<Finding> Before(string text, int errorLine)
    {
        var found = new List<Finding>();
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (++number > errorLine)
            {
                break;
            }

            if (number >= errorLine - Reach)
            {
                Check(line.ToString(), number, found);
            }
        }

        return found;
    }

    /// <summary>A key followed by a full-width colon, as a whole value reads when it should have been a mapping entry.</summary>
    public static Finding? KeyWithWideColon(string value, SourceLocation at) =>
        WideColonKey().Match(value) is { Success: true } key
            ? LoadErrors.FullWidthColon.At(at, null, key.Groups["key"].Value, key.Groups["value"].Value.Trim())
            : null;

    /// <summary>
    /// A plain value inside <c>[ ]</c> or <c>{ }</c> that full-width punctuation made one of several:
    /// any item of a list in <c>[ ]</c> or key of a mapping in <c>{ }</c> holding it; a value in
    /// <c>{ }</c> only when it swallowed an entry (<c>text：…</c>, <c>…，clause: …</c>) or holds full-width
    /// brackets, since a value there may be a sentence with Chinese commas.
    /// </summary>
    public static Finding? WideInFlow(string value, bool mappingValue, SourceLocation at)
    {
        var wide = mappingValue
            ? SwallowedEntry().Match(value) is { Success: true } entry ? entry.Groups["mark"].Index : value.IndexOfAny(WideBrackets)
            : value.IndexOfAny(WidePunctuation);
        return wide >= 0 ? LoadErrors.FullWidthInFlow.At(at, null, value, value[wide], Ascii(value)) : null;
    }

    /// <summary>A value written between full-width brackets, <c>【a, b】</c> or <c>［a, b］</c>, where a list was wanted.</summary>
    public static Finding? WideBracketed(string value, SourceLocation at) =>
        value.Length > 0 && Opening.Contains(value[0]) ? Brackets(value, at) : null;

    /// <summary>Whether a value in <c>[ ]</c> or <c>{ }</c> starts with a full-width bracket, so that it and what follows up to the matching bracket were meant as a list or mapping.</summary>
    public static bool OpensWideBracket(string text, int start) => start >= 0 && start < text.Length && Opening.Contains(text[start]);

    /// <summary>
    /// The list or mapping typed between full-width brackets from <paramref name="start"/> in the source
    /// (which the parser cut into pieces at its ASCII commas): one finding for the whole, up to the matching
    /// bracket on the same line; <paramref name="end"/> is where that text ends.
    /// </summary>
    public static Finding FullWidthBracketed(string text, int start, SourceLocation at, out int end)
    {
        var depth = 0;
        end = start;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            var c = text[end++];
            depth += Opening.Contains(c) ? 1 : Closing.Contains(c) ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        return Brackets(text[start..end].TrimEnd(), at);
    }

    /// <summary>The finding for text between full-width brackets: what was typed, the brackets, and the text in ASCII brackets.</summary>
    private static Finding Brackets(string typed, SourceLocation at)
    {
        var pair = string.Concat(typed[0], Closing[Opening.IndexOf(typed[0])]);
        return LoadErrors.FullWidthBrackets.At(at, null, typed, pair, Ascii(typed));
    }

    /// <summary>A key that begins with full-width spaces, indented with them.</summary>
    public static Finding? WideIndent(string key, SourceLocation at) =>
        key.Length > 0 && key[0] == WideSpace ? LoadErrors.FullWidthIndent.At(at, null, at.Line) : null;

    private static void Check(string line, int number, List<Finding> found)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or WideSpace)
        {
            indent++;
        }

        if (line.IndexOf(WideSpace, 0, indent) is var wideSpace and >= 0)
        {
            found.Add(LoadErrors.FullWidthIndent.At(new("$", number, wideSpace + 1), null, number));
        }

        var content = line[indent..];
        if (content.StartsWith('#'))
        {
            return;
        }

        if (WideColonKey().Match(content) is { Success: true } key)
        {
            found.Add(LoadErrors.FullWidthColon.At(
                new("$", number, indent + key.Groups["colon"].Index + 1), null, key.Groups["key"].Value, key.Groups["value"].Value.Trim()));
            return;
        }

        // A list or mapping in full-width brackets, where a value starts.
        if (ValueStart().Match(content) is { Success: true } bracketed && bracketed.Length < content.Length && Opening.Contains(content[bracketed.Length]))
        {
            found.Add(FullWidthBracketed(content, bracketed.Length, new("$", number, indent + bracketed.Length + 1), out _));
            return;
        }

        // A list in [ ] separated by full-width commas, or a list or mapping in full-width brackets.
        var open = content.IndexOfAny(['[', '{', '\uff3b', '\uff5b']);
        if (open < 0)
        {
            return;
        }

        var flow = content[open..];
        // In { } a value may be a sentence with Chinese commas: only a full-width mark between entries counts.
        var wide = flow[0] switch
        {
            '[' => flow.IndexOfAny(WidePunctuation),
            '{' => FlowEntryMark().Match(flow) is { Success: true } entry ? entry.Groups["mark"].Index : -1,
            _ => 0,
        };
        var quote = flow.IndexOfAny(['"', '\'']);
        if (wide >= 0 && (quote < 0 || quote > wide))
        {
            found.Add(LoadErrors.FullWidthInFlow.At(new("$", number, indent + open + wide + 1), null, flow, flow[wide], Ascii(flow)));
        }
    }

    /// <summary>The text as it should have been typed: ASCII commas and colons followed by a space, ASCII brackets.</summary>
    private static string Ascii(string text)
    {
        var ascii = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\uff0c' => ascii.Append(", "),
                '\uff1a' => ascii.Append(": "),
                '\uff3b' => ascii.Append('['),
                '\uff3d' => ascii.Append(']'),
                '\uff5b' => ascii.Append('{'),
                '\uff5d' => ascii.Append('}'),
                '\u3010' or '\u3014' => ascii.Append('['),
                '\u3011' or '\u3015' => ascii.Append(']'),
                ' ' when ascii.Length > 1 && ascii[^1] == ' ' && ascii[^2] is ',' or ':' => ascii,
                _ => ascii.Append(c),
            };
        }

        return ascii.ToString();
    }

    // A key (camelCase, as the format's keys are), perhaps as a list item, then a full-width colon.
    [GeneratedRegex(@"^(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*(?<colon>\uff1a)(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WideColonKey();

    // In { }: a key after { or a comma followed by a full-width colon, or a full-width comma before a key and its colon.
    [GeneratedRegex(@"(?:[{,]\s*[A-Za-z_][A-Za-z0-9_-]*\s*(?<mark>\uff1a))|(?:(?<mark>\uff0c)\s*[A-Za-z_][A-Za-z0-9_-]*\s*[:\uff1a])", RegexOptions.CultureInvariant)]
    private static partial Regex FlowEntryMark();

    // Where a value starts on a line: after a key and its colon, or after a list item's dash.
    [GeneratedRegex(@"^(?:-\s+)?(?:[A-Za-z_][A-Za-z0-9_-]*:\s+)?(?:-\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ValueStart();

    // A value in { } that ran on into the next entry: a key with a full-width colon, or a comma before a key and its colon.
    [GeneratedRegex(@"(?:^[A-Za-z_][A-Za-z0-9_-]*\s*(?<mark>\uff1a))|(?:(?<mark>\uff0c)\s*[A-Za-z_][A-Za-z0-9_-]*\s*[:\uff1a])", RegexOptions.CultureInvariant)]
    private static partial Regex SwallowedEntry();
}

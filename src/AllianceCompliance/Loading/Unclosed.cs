using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Finds, for a syntax error, the bracket or quotation mark that was opened before it and never
/// closed (<c>name: [unclosed</c>): the parser notices only lines later, where it can go no further,
/// and says nothing of the bracket. The error is then reported where the bracket was opened.
/// </summary>
/// <remarks>
/// A light reading of the text, enough to follow brackets: comments and the lines of a block of text
/// (<c>|</c>, <c>&gt;</c>) are skipped; a bracket or quotation mark counts only where a value starts
/// (after a key's colon, a list item's dash, or inside [ ] or { }), since a plain value may hold either.
/// </remarks>
internal static class Unclosed
{
    private const string Openers = "[{";
    private const string Closers = "]}";

    /// <summary>The unclosed bracket or quotation mark opened at or before <paramref name="errorIndex"/>, as a syntax error at it; null when there is none.</summary>
    public static Finding? Find(string text, int errorIndex)
    {
        var open = new Stack<(char Mark, int Index)>();
        var i = 0;
        var blockIndent = -1; // while in a block of text: the indentation its lines must exceed
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i) is var n and >= 0 ? n : text.Length;
            var indent = Indent(text, i, lineEnd);
            if (blockIndent >= 0)
            {
                if (indent > blockIndent || text.AsSpan(i, lineEnd - i).IsWhiteSpace())
                {
                    i = lineEnd + 1;
                    continue;
                }

                blockIndent = -1;
            }

            var (next, quote) = ReadLine(text, i, lineEnd, open);
            if (quote is { } unclosedQuote)
            {
                return unclosedQuote.Index <= errorIndex ? At(text, unclosedQuote.Index, Words.Yaml.UnclosedQuote.Format(unclosedQuote.Mark)) : null;
            }

            if (open.Count == 0 && StartsBlockText(text, i, lineEnd))
            {
                blockIndent = indent;
            }

            i = next;
        }

        if (open.Count == 0)
        {
            return null;
        }

        var first = open.Last();
        return first.Index <= errorIndex
            ? At(text, first.Index, Words.Yaml.UnclosedBracket.Format(first.Mark, Closers[Openers.IndexOf(first.Mark)]))
            : null;
    }

    /// <summary>Follows brackets and quotes from <paramref name="i"/> to the end of the line (or, in a quotation that runs on, further); a quotation never closed is returned.</summary>
    private static (int Next, (char Mark, int Index)? Quote) ReadLine(string text, int i, int lineEnd, Stack<(char Mark, int Index)> open)
    {
        for (; i < lineEnd; i++)
        {
            var c = text[i];
            if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                break;
            }

            if (c is '"' or '\'' && StartsValue(text, i, open.Count > 0))
            {
                var close = CloseOfQuote(text, i);
                if (close < 0)
                {
                    return (text.Length, (c, i));
                }

                i = close;
                lineEnd = text.IndexOf('\n', i) is var n and >= 0 ? n : text.Length;
            }
            else if (Openers.Contains(c) && (open.Count > 0 || StartsValue(text, i, false)))
            {
                open.Push((c, i));
            }
            else if (Closers.Contains(c) && open.Count > 0 && open.Peek().Mark == Openers[Closers.IndexOf(c)])
            {
                open.Pop();
            }
        }

        return (lineEnd + 1, null);
    }

    /// <summary>Where the quotation opened at <paramref name="at"/> closes (YAML's '' and \" escapes skipped); -1 when it never does.</summary>
    private static int CloseOfQuote(string text, int at)
    {
        var mark = text[at];
        for (var i = at + 1; i < text.Length; i++)
        {
            if (mark == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == mark)
            {
                if (mark == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a value starts at <paramref name="i"/>: first on its line, or after a colon, dash, comma or opening bracket (inside [ ] or { } a quote may follow a comma or bracket directly).</summary>
    private static bool StartsValue(string text, int i, bool inFlow)
    {
        var before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        if (before < 0 || text[before] == '\n')
        {
            return true;
        }

        var spaced = before < i - 1;
        return text[before] switch
        {
            ':' or '-' or '?' => spaced,
            '[' or '{' or ',' => inFlow || spaced || text[before] != ',',
            _ => false,
        };
    }

    /// <summary>Whether the line ends with the indicator of a block of text (<c>key: |</c>, <c>- &gt;-</c>), whose lines follow.</summary>
    private static bool StartsBlockText(string text, int start, int lineEnd)
    {
        var line = text.AsSpan(start, lineEnd - start);
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        line = (hash >= 0 ? line[..hash] : line).TrimEnd();
        var indicator = line.Length - 1;
        while (indicator >= 0 && (char.IsAsciiDigit(line[indicator]) || line[indicator] is '-' or '+'))
        {
            indicator--;
        }

        return indicator >= 0 && line[indicator] is '|' or '>'
            && (indicator == 0 || line[indicator - 1] == ' ');
    }

    private static int Indent(string text, int start, int lineEnd)
    {
        var i = start;
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    private static Finding At(string text, int index, LocalizedText reason)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index == 0)
        {
            column = 1;
        }

        return LoadErrors.Syntax.At(new("$", line, column), null, reason, line, column);
    }
}

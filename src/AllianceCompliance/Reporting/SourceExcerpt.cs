namespace AllianceCompliance.Reporting;

/// <summary>The lines of a document around a position, for quoting a finding in its context.</summary>
internal static class SourceExcerpt
{
    /// <summary>
    /// The most characters quoted of one line: a longer line is quoted as the window around the
    /// finding's column, so that a report stays linear in its input however long the lines
    /// (a one-line agreement of 1,000 members would otherwise be quoted whole for each finding).
    /// </summary>
    public const int Width = 160;

    /// <summary>Splits text into lines the way the YAML parser counts them (CR LF, CR, LF, NEL, LS, PS).</summary>
    public static string[] Lines(string text) => text.Split(["\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029"], StringSplitOptions.None);

    /// <summary>
    /// The lines from <paramref name="context"/> before to <paramref name="context"/> after a 1-based
    /// line, numbered, each cut to the same window of <see cref="Width"/> characters around the
    /// 1-based <paramref name="column"/>, with an ellipsis where a line was cut.
    /// </summary>
    public static IReadOnlyList<(int Number, string Text)> Around(string[] lines, int line, int column = 1, int context = 2)
    {
        if (line < 1 || line > lines.Length)
        {
            return [];
        }

        var first = Math.Max(1, line - context);
        var last = Math.Min(lines.Length, line + context);
        var start = Math.Max(0, column - 1 - (Width / 2));
        return [.. Enumerable.Range(first, last - first + 1).Select(n => (n, Window(lines[n - 1], start)))];
    }

    private static string Window(string text, int start)
    {
        if (text.Length <= Width && start == 0)
        {
            return text;
        }

        var from = Math.Min(start, Math.Max(0, text.Length - Width));
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        var to = Math.Min(text.Length, from + Width);
        if (to < text.Length && to > 0 && char.IsHighSurrogate(text[to - 1]))
        {
            to--;
        }

        return (from > 0 ? "…" : string.Empty) + text[from..to] + (to < text.Length ? "…" : string.Empty);
    }
}

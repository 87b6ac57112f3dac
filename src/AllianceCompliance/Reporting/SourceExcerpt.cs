namespace AllianceCompliance.Reporting;

/// <summary>The lines of a document around a position, for quoting a finding in its context.</summary>
internal static class SourceExcerpt
{
    /// <summary>Splits text into lines the way the YAML parser counts them (CR LF, CR, LF, NEL, LS, PS).</summary>
    public static string[] Lines(string text) => text.Split(["\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029"], StringSplitOptions.None);

    /// <summary>The lines from <paramref name="context"/> before to <paramref name="context"/> after a 1-based line, numbered.</summary>
    public static IReadOnlyList<(int Number, string Text)> Around(string[] lines, int line, int context = 2)
    {
        if (line < 1 || line > lines.Length)
        {
            return [];
        }

        var first = Math.Max(1, line - context);
        var last = Math.Min(lines.Length, line + context);
        return [.. Enumerable.Range(first, last - first + 1).Select(n => (n, lines[n - 1]))];
    }
}

using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Reading;

/// <summary>A document's text, for locating a phrase inside a value: line starts found on first use.</summary>
internal sealed class SourceText(string? text)
{
    private List<int>? lineStarts;

    /// <summary>
    /// The location of character <paramref name="offset"/> of a value that starts at <paramref name="value"/>;
    /// the value's own location when the text cannot tell (no text, or a value that is not the one written there).
    /// </summary>
    public SourceLocation Locate(SourceLocation value, string written, int offset)
    {
        if (text is null || value.Line < 1)
        {
            return value;
        }

        var starts = lineStarts ??= LineStarts(text);
        if (value.Line > starts.Count)
        {
            return value;
        }

        var index = ScalarSource.IndexOf(text, starts[value.Line - 1] + value.Column - 1, written, offset);
        if (index < 0)
        {
            return value;
        }

        var line = starts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return new SourceLocation(value.Path, line + 1, index - starts[line] + 1);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (ScalarSource.IsBreak(text[i]))
            {
                var next = ScalarSource.AfterBreak(text, i);
                starts.Add(next);
                i = next - 1;
            }
        }

        return starts;
    }
}

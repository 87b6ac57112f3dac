using System.Text;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Escapes text for GitHub-flavoured Markdown so that it renders as the same text: no emphasis,
/// link, HTML, code span, math or table cell boundary can come from it, and it stays on one line.
/// </summary>
internal static class MarkdownText
{
    // Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
    // that can start inline markup anywhere in a line (| also splits GFM table cells, $ starts math).
    private const string Special = "\\`*_[]<>|~&$!#";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                escaped.Append(' ');
            }
            else if (char.IsControl(c) && c != '\t')
            {
                escaped.Append('\uFFFD');
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}

using System.Text;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Escapes text for GitHub-flavoured Markdown so that it renders as the same text: no emphasis,
/// link, autolink (<c>https://…</c>, <c>www.…</c>, an e-mail address), image, mention, HTML, code
/// span, math or table cell boundary can come from it, and it stays on one line. Control and
/// invisible format characters (bidirectional overrides, zero-width characters) are shown as
/// <c>\u202E</c> and the like.
/// </summary>
internal static class MarkdownText
{
    // Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
    // that can start inline markup anywhere in a line (| also splits GFM table cells, $ starts math).
    // '@' too: escaped, it breaks an e-mail autolink or a mention (a\@b). For the same reason a
    // ':' that starts "://" or ends "mailto", "tel" or "xmpp" is escaped (https\://), and a '.' after "www".
    private const string Special = "\\`*_[]<>|~&$!#@";

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
            else if ((char.IsControl(c) && c != '\t') || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                // An escaped backslash, then the code: renders as the visible \u202E.
                escaped.Append(@"\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal) || (c == '.' && After(text, i, "www")) || (c == ':' && Scheme(text, i)))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool Scheme(string text, int i) =>
        (i + 1 < text.Length && text[i + 1] == '/') || After(text, i, "mailto") || After(text, i, "tel") || After(text, i, "xmpp");

    private static bool After(string text, int i, string word) =>
        i >= word.Length && text.AsSpan(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}

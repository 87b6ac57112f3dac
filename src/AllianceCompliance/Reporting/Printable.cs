using System.Globalization;
using System.Text;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Makes agreement text safe to show: control characters (which could move the cursor, recolour
/// or clear the screen, or start a forged report line), line and paragraph separators, and
/// invisible format characters (bidirectional overrides, which reorder what a reader sees; the
/// byte-order mark and zero-width characters, which make two different keys look the same) are
/// written as visible escapes such as <c>\n</c>, <c>\u001B</c> or <c>\uFEFF</c>.
/// </summary>
internal static class Printable
{
    /// <summary>
    /// For a terminal (the text report and every line on standard error): also writes a backslash
    /// as <c>\\</c>, so that an escape shown is never confused with the same characters typed.
    /// </summary>
    public static string Text(string? text) => Escape(text, backslash: true);

    /// <summary>
    /// For the HTML and Markdown reports, whose own escaping then applies: the invisible and control
    /// characters (but a tab) become visible escapes, and backslashes stay as they are.
    /// </summary>
    public static string Visible(string? text) => Escape(text, backslash: false);

    private static string Escape(string? text, bool backslash)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(c => NeedsEscape(c, backslash)))
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' when backslash => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' when backslash => "\\t",
                _ when NeedsEscape(c, backslash) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c, bool backslash) =>
        (c == '\\' && backslash)
        || (char.IsControl(c) && (backslash || c != '\t'))
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}

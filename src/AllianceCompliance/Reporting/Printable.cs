using System.Globalization;
using System.Text;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Makes agreement text safe to print on a terminal: control characters (which could move the
/// cursor, recolour or clear the screen, or start a forged report line), line and paragraph
/// separators and bidirectional overrides (which reorder what a reader sees) are written as
/// visible escapes such as <c>\n</c> or <c>\u001B</c>.
/// </summary>
internal static class Printable
{
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}

using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Turns a file's bytes into text: UTF-8 unless a byte-order mark says UTF-16 or UTF-32, strictly
/// decoded so that a binary or mis-encoded file is refused with the position of its first bad byte.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

    public static string? Decode(ReadOnlySpan<byte> bytes, List<Finding> errors)
    {
        var (encoding, bom) = Detect(bytes);
        var body = bytes[bom..];
        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, body.Length);
            // What a reader sees is the text before the bad byte; decode it leniently to place the error.
            var lenient = Encoding.GetEncoding(encoding.CodePage);
            var (line, column) = Position(lenient.GetString(body[..TrimToCharBoundary(body, at, encoding)]));
            errors.Add(bom == 0 && IsChineseText(body)
                ? LoadErrors.ChineseEncoding.At(new("$", line, column), null, line, column)
                : LoadErrors.Unreadable.At(new("$", line, column), null, Words.NotValidText.Format(encoding.WebName)));
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text[..nul]);
            errors.Add(LoadErrors.Unreadable.At(new("$", line, column), null,
                Words.NulByte));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Whether bytes that are not UTF-8 are text in GB18030, the national standard encoding that
    /// extends GBK and GB2312 (a Chinese editor's "ANSI" on Windows): they decode strictly, hold no
    /// control characters but tabs and line breaks, and hold Chinese characters.
    /// </summary>
    private static bool IsChineseText(ReadOnlySpan<byte> body)
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (gb18030 is null)
        {
            return false;
        }

        string text;
        try
        {
            text = gb18030.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
    }

    private static (Encoding Encoding, int Bom) Detect(ReadOnlySpan<byte> b) => b switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), 4),
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
        _ => (Utf8, 0),
    };

    private static int TrimToCharBoundary(ReadOnlySpan<byte> body, int at, Encoding encoding)
    {
        if (encoding.CodePage != Utf8.CodePage)
        {
            return at;
        }

        while (at > 0 && (body[at - 1] & 0xC0) == 0x80)
        {
            at--;
        }

        return at > 0 && body[at - 1] >= 0xC0 ? at - 1 : at;
    }

    private static (int Line, int Column) Position(string before)
    {
        var line = 1 + before.Count(c => c == '\n');
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}

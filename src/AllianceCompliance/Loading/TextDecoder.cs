using System.Globalization;
using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Turns a file's bytes into text: UTF-8 unless a byte-order mark says UTF-16 or UTF-32, strictly
/// decoded so that a binary or mis-encoded file is refused with the position of its first bad byte,
/// and a file (or the later part of one) in the Chinese GB18030/GBK encoding is named as such.
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
            errors.Add(NotUtf8(body, bom == 0 && encoding.CodePage == Utf8.CodePage, at, line, column, encoding));
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text[..nul]);
            errors.Add(LoadErrors.NotText.At(new("$", line, column), null, Words.NulByte));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Why bytes that fail to decode are not read: Chinese text in GB18030 from the bad byte's line on
    /// (the whole file, or only its later lines after UTF-8 ones), a binary file, or a bad byte in text.
    /// </summary>
    private static Finding NotUtf8(ReadOnlySpan<byte> body, bool utf8WithoutBom, int at, int line, int column, Encoding encoding)
    {
        var place = new SourceLocation("$", line, column);
        var lineStart = body[..at].LastIndexOf((byte)'\n') + 1;
        if (utf8WithoutBom && IsChineseText(body[lineStart..]))
        {
            // Lines of UTF-8 before would be garbled by converting the whole file: convert only the rest.
            return body[..lineStart].ContainsAnyInRange((byte)0x80, (byte)0xFF)
                ? LoadErrors.MixedEncoding.At(place, null, line, column, line - 1)
                : LoadErrors.ChineseEncoding.At(place, null, line, column);
        }

        var bad = at < body.Length ? body[at] : (byte)0;
        return LoadErrors.NotText.At(place, null, IsBinary(body)
            ? Words.BinaryContent.Format(line, column, bad.ToString("X2", CultureInfo.InvariantCulture))
            : Words.BadByte.Format(line, column, bad.ToString("X2", CultureInfo.InvariantCulture), encoding.WebName));
    }

    /// <summary>Whether bytes look like a binary file rather than text: control characters no text file holds in its first few kilobytes.</summary>
    private static bool IsBinary(ReadOnlySpan<byte> body)
    {
        foreach (var b in body[..Math.Min(body.Length, 8192)])
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                return true;
            }
        }

        return false;
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

using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

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
            errors.Add(LoadErrors.Unreadable.At(new("$", line, column), null,
                new LocalizedText($"it is not valid {encoding.WebName} text", $"不是有效的 {encoding.WebName} 文本")));
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text[..nul]);
            errors.Add(LoadErrors.Unreadable.At(new("$", line, column), null,
                new LocalizedText("it contains a NUL byte, so it is binary data, not text", "含有 NUL 字节，是二进制数据而非文本")));
            return null;
        }

        return text;
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

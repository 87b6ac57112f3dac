namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// Where a character of a scalar's value stands in the file. The loader records where each value
/// starts (its first character, opening quote or block indicator); this reads the file's text from
/// there as YAML decodes it (plain, single- or double-quoted with escapes, literal <c>|</c> or
/// folded <c>&gt;</c> block, lines folded into spaces), character by character, and checks each
/// decoded character against the value. When they differ (a value built in code, or a layout it
/// does not follow), it answers -1 and the caller points at the value's start instead.
/// </summary>
internal static class ScalarSource
{
    /// <summary>The index in <paramref name="source"/> of character <paramref name="offset"/> of <paramref name="value"/>, whose scalar starts at index <paramref name="start"/>; -1 when it cannot be told.</summary>
    public static int IndexOf(string source, int start, string value, int offset)
    {
        if (start < 0 || start >= source.Length || offset < 0 || offset >= value.Length)
        {
            return -1;
        }

        var decoder = new Decoder(source, value, offset);
        switch (source[start])
        {
            case '"':
                decoder.Flow(start + 1, quote: '"');
                break;
            case '\'':
                decoder.Flow(start + 1, quote: '\'');
                break;
            case '|' or '>':
                decoder.Block(start);
                break;
            default:
                decoder.Flow(start, quote: null);
                break;
        }

        return decoder.Result;
    }

    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The index after the line break at <paramref name="i"/> (<c>\r\n</c> is one break).</summary>
    public static int AfterBreak(string s, int i) => s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;

    private sealed class Decoder(string s, string value, int offset)
    {
        private int produced;

        /// <summary>The source index of the character asked for, or -1.</summary>
        public int Result { get; private set; } = -1;

        private bool Done => Result >= 0 || produced < 0;

        /// <summary>A plain or quoted scalar: lines folded, trailing spaces of a line dropped, escapes in double quotes.</summary>
        public void Flow(int i, char? quote)
        {
            var pending = new List<int>();
            while (i < s.Length && !Done)
            {
                var c = s[i];
                if (quote == '\'' && c == '\'')
                {
                    if (i + 1 < s.Length && s[i + 1] == '\'')
                    {
                        Flush(pending);
                        Emit('\'', i);
                        i += 2;
                        continue;
                    }

                    return;
                }

                if (quote == '"' && c == '"')
                {
                    return;
                }

                if (quote == '"' && c == '\\' && i + 1 < s.Length)
                {
                    Flush(pending);
                    i = Escape(i);
                    continue;
                }

                if (IsBreak(c))
                {
                    pending.Clear();
                    var first = i;
                    var empty = new List<int>();
                    i = AfterBreak(s, i);
                    while (true)
                    {
                        while (i < s.Length && s[i] is ' ' or '\t')
                        {
                            i++;
                        }

                        if (i < s.Length && IsBreak(s[i]))
                        {
                            empty.Add(i);
                            i = AfterBreak(s, i);
                            continue;
                        }

                        break;
                    }

                    if (empty.Count == 0)
                    {
                        Emit(' ', first);
                    }

                    foreach (var b in empty)
                    {
                        Emit('\n', b);
                    }

                    continue;
                }

                if (c is ' ' or '\t')
                {
                    pending.Add(i++);
                    continue;
                }

                Flush(pending);
                Emit(c, i++);
            }
        }

        /// <summary>A literal or folded block scalar, its indentation found from its first non-empty line.</summary>
        public void Block(int start)
        {
            var folded = s[start] == '>';
            var i = start + 1;
            while (i < s.Length && !IsBreak(s[i]))
            {
                i++;
            }

            if (i >= s.Length)
            {
                produced = -1;
                return;
            }

            i = AfterBreak(s, i);
            var indent = Indentation(i);
            if (indent <= 0)
            {
                produced = -1;
                return;
            }

            var breaks = new List<int>();
            bool? previousNormal = null;
            while (i < s.Length && !Done)
            {
                var k = 0;
                while (k < indent && i + k < s.Length && s[i + k] == ' ')
                {
                    k++;
                }

                var contentStart = i + k;
                var lineEnd = contentStart;
                while (lineEnd < s.Length && !IsBreak(s[lineEnd]))
                {
                    lineEnd++;
                }

                if (k < indent && lineEnd > contentStart)
                {
                    return; // a less indented line ends the block
                }

                if (lineEnd == contentStart)
                {
                    if (lineEnd >= s.Length)
                    {
                        return;
                    }

                    breaks.Add(lineEnd);
                    i = AfterBreak(s, lineEnd);
                    continue;
                }

                var normal = s[contentStart] is not (' ' or '\t');
                if (folded && previousNormal == true && normal && breaks.Count > 0)
                {
                    if (breaks.Count == 1)
                    {
                        Emit(' ', breaks[0]);
                    }

                    foreach (var b in breaks.Skip(1))
                    {
                        Emit('\n', b);
                    }
                }
                else
                {
                    foreach (var b in breaks)
                    {
                        Emit('\n', b);
                    }
                }

                breaks.Clear();
                for (var p = contentStart; p < lineEnd && !Done; p++)
                {
                    Emit(s[p], p);
                }

                previousNormal = normal;
                if (lineEnd >= s.Length)
                {
                    return;
                }

                breaks.Add(lineEnd);
                i = AfterBreak(s, lineEnd);
            }
        }

        private int Indentation(int i)
        {
            while (i < s.Length)
            {
                var k = 0;
                while (i + k < s.Length && s[i + k] == ' ')
                {
                    k++;
                }

                if (i + k < s.Length && IsBreak(s[i + k]))
                {
                    i = AfterBreak(s, i + k);
                    continue;
                }

                return k;
            }

            return 0;
        }

        private int Escape(int i)
        {
            var e = s[i + 1];
            if (IsBreak(e))
            {
                var j = AfterBreak(s, i + 1);
                while (j < s.Length && s[j] is ' ' or '\t')
                {
                    j++;
                }

                return j;
            }

            var hex = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (hex > 0)
            {
                if (i + 2 + hex > s.Length || !int.TryParse(s.AsSpan(i + 2, hex), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    || code > 0x10FFFF)
                {
                    produced = -1;
                    return s.Length;
                }

                foreach (var c in char.ConvertFromUtf32(code))
                {
                    Emit(c, i);
                }

                return i + 2 + hex;
            }

            char? decoded = e switch
            {
                '0' => '\0', 'a' => '\a', 'b' => '\b', 't' or '\t' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f',
                'r' => '\r', 'e' => '\x1b', ' ' => ' ', '"' => '"', '/' => '/', '\\' => '\\', 'N' => '\u0085',
                '_' => '\u00a0', 'L' => '\u2028', 'P' => '\u2029', _ => null,
            };
            if (decoded is null)
            {
                produced = -1;
                return s.Length;
            }

            Emit(decoded.Value, i);
            return i + 2;
        }

        private void Flush(List<int> pending)
        {
            foreach (var p in pending)
            {
                Emit(s[p], p);
            }

            pending.Clear();
        }

        private void Emit(char c, int at)
        {
            if (Done)
            {
                return;
            }

            if (produced >= value.Length || value[produced] != c)
            {
                produced = -1;
                return;
            }

            if (produced == offset)
            {
                Result = at;
            }

            produced++;
        }
    }
}

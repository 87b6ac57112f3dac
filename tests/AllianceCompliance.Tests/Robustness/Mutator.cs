using System.Text;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Mutates an agreement the way drafts go wrong: lines dropped, duplicated or swapped, values
/// changed in content or type, indentation shifted, random bytes inserted. Deterministic for a seed.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly string[] Values =
    [
        "", "~", "null", "[]", "{}", "[a, b]", "{ a: b }", "0", "-1", "99999999999999999999999", "1e309", "0x1F",
        "true", "yes", "2012-13-45", "2012-02-30", "'", "\"", "\"unterminated", "'it''s'", "&anchor x", "*alias",
        "!!python/object:os.system", "!System.Diagnostics.Process x", "!!binary AAAA", "|", ">-", "- item",
        "a: b: c", "#", "%", "@", "`", "联盟", "\u202Eevil", "\u2028", "\t", "? key", "enterprise", "university",
    ];

    public List<string> Applied { get; } = [];

    public byte[] Mutate(string agreement)
    {
        var lines = agreement.Split('\n').ToList();
        // Mostly one mutation, so that many mutants still load and reach the rules.
        var count = random.Next(20) switch { < 12 => 1, < 17 => 2, _ => 3 };
        for (var i = 0; i < count && lines.Count > 0; i++)
        {
            MutateLines(lines);
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return random.Next(5) == 0 ? InsertBytes(bytes) : bytes;
    }

    private void MutateLines(List<string> lines)
    {
        var at = random.Next(lines.Count);
        switch (random.Next(8))
        {
            case 0:
                Applied.Add($"drop line {at + 1}");
                lines.RemoveAt(at);
                break;
            case 1:
                Applied.Add($"duplicate line {at + 1}");
                lines.Insert(at, lines[at]);
                break;
            case 2:
                var other = random.Next(lines.Count);
                Applied.Add($"swap lines {at + 1} and {other + 1}");
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3 or 4:
                var value = Values[random.Next(Values.Length)];
                Applied.Add($"line {at + 1}: value -> '{value}'");
                lines[at] = ReplaceValue(lines[at], value);
                break;
            case 5:
                var shift = random.Next(-4, 5);
                Applied.Add($"line {at + 1}: indent {shift:+0;-0}");
                lines[at] = shift >= 0 ? new string(' ', shift) + lines[at] : lines[at][Math.Min(-shift, Leading(lines[at]))..];
                break;
            case 6:
                Applied.Add($"line {at + 1}: key -> list item");
                lines[at] = new string(' ', Leading(lines[at])) + "- " + lines[at].TrimStart();
                break;
            default:
                var cut = random.Next(lines[at].Length + 1);
                Applied.Add($"line {at + 1}: cut at column {cut + 1}");
                lines[at] = lines[at][..cut];
                break;
        }
    }

    private byte[] InsertBytes(byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        var noise = new byte[random.Next(1, 9)];
        random.NextBytes(noise);
        Applied.Add($"insert {Convert.ToHexString(noise)} at byte {at}");
        return [.. bytes[..at], .. noise, .. bytes[at..]];
    }

    private static string ReplaceValue(string line, string value)
    {
        // Values sit after "key: " or after "- "; inline mappings get one of their values changed.
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            var end = line.IndexOfAny([',', '}'], colon);
            return end < 0 ? line[..(colon + 2)] + value : line[..(colon + 2)] + value + line[end..];
        }

        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : line + value;
    }

    private static int Leading(string line) => line.Length - line.TrimStart(' ').Length;
}

using System.Text;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Fuzz;

/// <summary>
/// One input through loader and engine. Anything but a located verdict is a crash for the fuzzer:
/// an exception escaping the checker, or a finding outside the file.
/// </summary>
internal static class FuzzTarget
{
    private static readonly AgreementChecker Checker = new(GuidingOpinions.RuleSet);

    public static void Check(ReadOnlySpan<byte> input)
    {
        var report = Checker.Check(input, "fuzz.yaml");
        var lines = LineCount(input);
        foreach (var finding in report.Findings)
        {
            if (finding.Location.Line < 1 || finding.Location.Line > lines + 1 || finding.Location.Column < 1)
            {
                throw new InvalidOperationException($"{finding.RuleId} at {finding.Location} lies outside the input's {lines} line(s).");
            }
        }
    }

    /// <summary>Lines as YAML counts them (LF, CR LF, lone CR, NEL, LS, PS), in the text as the checker decodes it.</summary>
    private static int LineCount(ReadOnlySpan<byte> input)
    {
        using var reader = new StreamReader(new MemoryStream(input.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}

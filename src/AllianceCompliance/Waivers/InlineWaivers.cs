using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace AllianceCompliance.Waivers;

/// <summary>
/// Waivers written in the agreement itself, as YAML comments:
/// <c># alliance-check: waive AC110 until 2027-06-30: why it is accepted</c>. A comment after a value
/// covers the findings on its line; a comment on a line of its own covers the entry or section that
/// starts on the next line (that line and the lines indented below it). The rules are those of the
/// waivers file: a justification and an expiry date are required; an expired waiver waives nothing
/// and is reported (AC020), so is one that accepted no finding (AC021), and a malformed one (AC023),
/// each where it is written. Comments are found by YAML's scanner, so the marker inside a quoted
/// string is not a waiver.
/// </summary>
internal static partial class InlineWaivers
{
    private const string Marker = "alliance-check:";

    /// <summary>
    /// The findings with the inline waivers of the text applied, followed by the findings about those
    /// waivers. When inline waivers are not allowed, each is reported (AC024) and none applied.
    /// </summary>
    public static ImmutableArray<Finding> Apply(
        ImmutableArray<Finding> findings, string text, IReadOnlySet<string> ruleIds, DateOnly today, bool allowed)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal))
        {
            return findings;
        }

        var comments = Comments(text);
        if (comments.Count == 0)
        {
            return findings;
        }

        var lines = text.Split('\n');
        var about = new List<Finding>();
        var result = findings.ToBuilder();
        foreach (var comment in comments)
        {
            var at = new SourceLocation("$", comment.Line, comment.Column);
            if (!allowed)
            {
                about.Add(WaiverRules.InlineNotAllowed.At(at, null, comment.Text.Trim()));
                continue;
            }

            var (rule, expires, justification, error) = Parse(comment.Text, ruleIds);
            if (error is not null)
            {
                about.Add(WaiverRules.InlineInvalid.At(at, null, error));
                continue;
            }

            var waiver = new Waiver(rule!, justification!, expires) { Location = at };
            if (waiver.IsExpiredOn(today))
            {
                about.Add(WaiverRules.Expired.At(at, null, waiver.RuleId, expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                continue;
            }

            var (first, last) = comment.Trailing ? (comment.Line, comment.Line) : Section(lines, comment.Line);
            var used = false;
            for (var i = 0; i < result.Count; i++)
            {
                var finding = result[i];
                if (finding.Waiver is null && finding.RuleId == waiver.RuleId && finding.Location.Line >= first && finding.Location.Line <= last)
                {
                    result[i] = finding with { Waiver = waiver };
                    used = true;
                }
            }

            if (!used)
            {
                about.Add(WaiverRules.Unused.At(at, null, waiver.RuleId));
            }
        }

        result.AddRange(about);
        return result.ToImmutable();
    }

    /// <summary>The comments that carry the marker, found by YAML's scanner (so not inside a quoted string).</summary>
    private static List<Comment> Comments(string text)
    {
        var found = new List<Comment>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment { } comment
                    && comment.Value.TrimStart().StartsWith(Marker, StringComparison.Ordinal))
                {
                    found.Add(new((int)comment.Start.Line, (int)comment.Start.Column, comment.IsInline, comment.Value));
                }
            }
        }
        catch (YamlException)
        {
            // The loader has already read this text; a scanner that disagrees finds no more waivers.
        }

        return found;
    }

    /// <summary>The lines of the entry or section starting on the first line after a comment: that line and those indented below it.</summary>
    private static (int First, int Last) Section(string[] lines, int commentLine)
    {
        static bool Blank(string line) => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#');
        static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

        var first = commentLine + 1;
        while (first <= lines.Length && Blank(lines[first - 1]))
        {
            first++;
        }

        if (first > lines.Length)
        {
            return (commentLine, commentLine);
        }

        var start = lines[first - 1];
        var indent = Indent(start);
        var last = first;
        for (var line = first + 1; line <= lines.Length; line++)
        {
            var text = lines[line - 1];
            if (Blank(text))
            {
                continue;
            }

            // A list may be written at its key's own indentation: "members:" followed by "- id: …".
            var deeper = Indent(text) > indent
                || (Indent(text) == indent && text.TrimStart().StartsWith("- ", StringComparison.Ordinal) && start.TrimEnd().EndsWith(':'));
            if (!deeper)
            {
                break;
            }

            last = line;
        }

        return (first, last);
    }

    private static (string? Rule, DateOnly? Expires, string? Justification, LocalizedText? Error) Parse(string comment, IReadOnlySet<string> ruleIds)
    {
        var match = Grammar().Match(comment);
        if (!match.Success)
        {
            return (null, null, null, Words.NotInlineWaiver.Format(comment.Trim()));
        }

        var rule = match.Groups["rule"].Value;
        if (!ruleIds.Contains(rule))
        {
            return (null, null, null, WaiverReader.Hint(Words.NotRuleId.Format(rule), rule, ruleIds));
        }

        var date = match.Groups["date"].Value;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            return (null, null, null, Words.NotADate.Format(date));
        }

        return (rule, expires, match.Groups["why"].Value.Trim(), null);
    }

    [GeneratedRegex(@"^\s*alliance-check:\s*waive\s+(?<rule>\S+)\s+until\s+(?<date>[^\s:]+)\s*:\s*(?<why>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    private sealed record Comment(int Line, int Column, bool Trailing, string Text);
}

using System.Text;
using System.Text.RegularExpressions;

namespace AllianceCompliance.Files;

/// <summary>
/// A glob as the shell writes it, matched against paths with <c>/</c> separators: <c>*</c> any
/// characters within one name, <c>?</c> one character, <c>[abc]</c>, <c>[a-z]</c> and <c>[!a]</c>
/// (or <c>[^a]</c>) one character of (or not of) a set, <c>**</c> as a whole name any number of
/// directories. Case-sensitive. Matched by a non-backtracking regular expression, so a hostile
/// pattern costs time linear in the path it is matched against.
/// </summary>
internal sealed class Glob
{
    private readonly Regex regex;

    private Glob(Regex regex) => this.regex = regex;

    /// <summary>Whether text has a wildcard, and so is a glob rather than a path.</summary>
    public static bool IsGlob(string text) => text.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>The glob of a pattern; its separators may be <c>/</c> or <c>\</c>.</summary>
    public static Glob Of(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                regex.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }

            Segment(segments[i], regex);
            if (!last)
            {
                regex.Append('/');
            }
        }

        return new(new Regex(regex.Append('$').ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
    }

    /// <summary>Whether a path (with <c>/</c> or <c>\</c> separators) matches the whole glob.</summary>
    public bool Matches(string path) => regex.IsMatch(path.Replace('\\', '/'));

    private static void Segment(string segment, StringBuilder regex)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[' when SetEnd(segment, i) is var end and > 0:
                    regex.Append(Set(segment[(i + 1)..end]));
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    // The index of the ']' closing a set that opens at 'start' (a ']' first in the set is one of its characters); -1 when it is not closed.
    private static int SetEnd(string segment, int start)
    {
        var i = start + 1;
        if (i < segment.Length && segment[i] is '!' or '^')
        {
            i++;
        }

        if (i < segment.Length && segment[i] == ']')
        {
            i++;
        }

        var end = segment.IndexOf(']', i);
        return end;
    }

    private static string Set(string body)
    {
        var negated = body.Length > 0 && body[0] is '!' or '^';
        var set = new StringBuilder(negated ? "[^/" : "[");
        foreach (var c in negated ? body[1..] : body)
        {
            set.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        return set.Append(']').ToString();
    }
}

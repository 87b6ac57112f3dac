using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// The parts of a draft agreement in a lawyer's words, for the review: where a finding points (its
/// article, then the part — the signature page, the IP clause — and the member or body it is about),
/// and a rule's fix-it with the agreement format's keys (<c>agreement.signatures</c>,
/// <c>'sealed: true'</c>) put in those words. The rules' own texts name the keys, which is right for
/// whoever keeps the YAML file (the machine reports and the memo's appendix give them as they are).
/// The names are in the string tables as <c>Review.Part.&lt;path&gt;</c>, the path being the key's
/// place in the format without list indexes (<c>agreement.signatures.sealed</c>); values of the format
/// are named by their <c>Review.Value.*</c> entries.
/// </summary>
internal sealed partial class DraftParts
{
    private const string PartKey = "Review.Part.";
    private const string ValueKey = "Review.Value.";

    /// <summary>Every named part, by its path in the format.</summary>
    private static readonly FrozenSet<string> Paths = Words.Keys(Language.English)
        .Where(k => k.StartsWith(PartKey, StringComparison.Ordinal)).Select(k => k[PartKey.Length..]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The table entries of the format's values with a name, by the value as it is written (<c>supervision</c> is a body's role and a topic of the fund measures).</summary>
    private static readonly FrozenDictionary<string, string[]> Values = Words.Keys(Language.English)
        .Where(k => k.StartsWith(ValueKey, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
        .GroupBy(k => k[(k.LastIndexOf('.') + 1)..], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private readonly AgreementDocument? document;
    private readonly Names names;
    private readonly Language language;

    public DraftParts(AgreementDocument? document, Names names, Language language) =>
        (this.document, this.names, this.language) = (document, names, language);

    /// <summary>
    /// Where in the draft a finding is, in a lawyer's words: <c>第十二条，签署页（中南大学）中的授权委托书</c>,
    /// <c>Art. 12, power of attorney, signature page (Central South University)</c>; with the words
    /// saying the file names no article when it names none.
    /// </summary>
    public string Where(Finding finding)
    {
        var part = Part(finding.Location.Path);
        if (finding.Clause is null)
        {
            return part is null ? Words.Review.NoArticle.In(language) : Words.Review.WhereNoArticle.Format(part).In(language);
        }

        return part is null ? finding.Clause : Words.Review.WhereInArticle.Format(finding.Clause, part).In(language);
    }

    /// <summary>The part of the draft a path of the format points at, with the member or body it is about; null for the file as a whole.</summary>
    public string? Part(string path)
    {
        var segments = Segments(path);
        string? item = null;
        var itemDepth = 0;
        for (var depth = 1; depth <= segments.Count; depth++)
        {
            if (segments[depth - 1].Index is { } index && Paths.Contains(Join(segments, depth)))
            {
                (item, itemDepth) = (Item(Join(segments, depth), index), depth);
            }
        }

        var deepest = Deepest(segments, segments.Count);
        if (deepest is null)
        {
            return null;
        }

        var name = Name(Join(segments, deepest.Value));
        if (itemDepth == 0)
        {
            return name;
        }

        // The entry of a list the finding is in (签署页（中南大学）), then the part of that entry.
        var listed = Name(Join(segments, itemDepth)) + (item is null ? string.Empty : Words.Parenthesised.Format(item).In(language));
        return deepest.Value <= itemDepth ? listed : Words.Review.PartWithin.Format(listed, name).In(language);
    }

    /// <summary>
    /// A rule's fix-it with the format's keys and values put in words: <c>在 agreement.signatures 中补充</c>
    /// becomes <c>在签署页中补充</c>, <c>Add 'measure' to the goal</c> becomes <c>Add the measure of
    /// achievement to the goal</c>. A key is read in the place of the finding first (<c>measure</c> of
    /// the goal the finding is about), then wherever the format has it. Words that name no key stay.
    /// </summary>
    public string Fix(Finding finding)
    {
        var context = Segments(finding.Location.Path).Select(s => s.Name).ToList();

        // A key in brackets after the words it stands for (出席人数要求（quorum）, the date ('date')) is only for the file's keeper.
        var text = Gloss().Replace(finding.Remediation.In(language), match =>
            Key(match.Groups["key"].Value, context) is null ? match.Value : string.Empty);
        return language == Language.Chinese ? InChinese(text, context) : InEnglish(text, context);
    }

    private string InChinese(string text, List<string> context)
    {
        var glosses = new List<(string Words, string Glossed)>();
        var said = BareKey().Replace(text, match =>
        {
            if (Say(match.Groups["key"].Value, match.Groups["value"], context, text) is not { } words)
            {
                return match.Value;
            }

            // The spaces that set the key apart from the Chinese around it go with the key.
            var before = match.Index > 0 && IsLatin(text[match.Index - 1]) ? " " : string.Empty;
            var end = match.Index + match.Length;
            var after = end < text.Length && IsLatin(text[end]) ? " " : string.Empty;
            if (match.Groups["value"].Success && ValueName(match.Groups["value"].Value, text) is { } value)
            {
                glosses.Add((words, words + Words.Parenthesised.Format(value).In(language)));
            }

            return before + words + after;
        });

        // A value the rule glossed in Chinese after the key (capacity: authorized-agent（委托代理人）) is said once.
        foreach (var (words, glossed) in glosses)
        {
            said = said.Replace(glossed, words, StringComparison.Ordinal);
        }

        return said;
    }

    private string InEnglish(string text, List<string> context)
    {
        var quoted = QuotedKey().Replace(text, match =>
        {
            var (key, value) = (match.Groups["key"].Value, match.Groups["value"]);
            return Say(key, value, context, text) is not { } words ? match.Value
                : !value.Success && Key(key, context) is null ? words // a value, said as it is (arbitration)
                : Determined(text, match.Index, words);
        });
        return KeyAndValue().Replace(quoted, match =>
            Values.ContainsKey(match.Groups["value"].Value) && Say(match.Groups["key"].Value, match.Groups["value"], context, text) is { } words
                ? Determined(quoted, match.Index, words)
                : match.Value);
    }

    /// <summary>A part's name with the article it needs where it stands: none after a determiner or possessive (<c>its</c>, <c>the body's</c>), else "the".</summary>
    private string Determined(string text, int at, string words)
    {
        var before = text[..at].TrimEnd();
        var word = before[(before.LastIndexOfAny([' ', '(']) + 1)..];
        var determined = Words.Review.Determiners.In(language).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(d => d.StartsWith('\'') ? word.EndsWith(d, StringComparison.Ordinal) : string.Equals(word, d, StringComparison.OrdinalIgnoreCase));
        return determined ? words : Words.Review.PartArticle.Format(words).In(language);
    }

    /// <summary>A key, with or without its value, in words; null when it is no key or value of the format.</summary>
    private string? Say(string key, Group value, List<string> context, string text)
    {
        if (!value.Success)
        {
            return Key(key, context) ?? ValueName(key, text);
        }

        if (Key(key, context) is not { } name)
        {
            return null;
        }

        return ValueName(value.Value, text) is { } named ? Words.Review.PartValue.Format(name, named).In(language) : name;
    }

    /// <summary>
    /// The name of a value of the format; of a value written alike in two lists, the one of the list
    /// whose other values the text names most (<c>supervision</c> among the fund measures' topics).
    /// </summary>
    private string? ValueName(string written, string text)
    {
        if (!Values.TryGetValue(written, out var entries))
        {
            return null;
        }

        var entry = entries.Length == 1 ? entries[0] : entries.MaxBy(e =>
        {
            var list = e[..(e.LastIndexOf('.') + 1)];
            return Values.Count(v => v.Value.Any(k => k.StartsWith(list, StringComparison.Ordinal)) && text.Contains(v.Key, StringComparison.Ordinal));
        })!;
        return Words.Get(entry, language);
    }

    /// <summary>The name of a key (a path of the format, or its last names), read in the finding's place first.</summary>
    private string? Key(string key, List<string> context)
    {
        for (var depth = context.Count; depth >= 0; depth--)
        {
            var path = depth == 0 ? key : string.Join('.', context.Take(depth)) + "." + key;
            if (Paths.Contains(path))
            {
                return Name(path);
            }
        }

        var suffix = "." + key;
        return Paths.Where(p => p.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).MinBy(p => p.Length) is { } found
            ? Name(found)
            : null;
    }

    private string Name(string path) => Words.Get(PartKey + path, language);

    /// <summary>The depth of the deepest named part of a path.</summary>
    private static int? Deepest(List<Segment> segments, int depth)
    {
        for (; depth > 0; depth--)
        {
            if (Paths.Contains(Join(segments, depth)))
            {
                return depth;
            }
        }

        return null;
    }

    /// <summary>The name of the item at an index of a list: a member, body, consortium by name, a goal by its id, a signature or task by its member.</summary>
    private string? Item(string list, int index)
    {
        string? At<T>(ImmutableArray<T>? items, Func<T, string?> name) =>
            items is { } list && index < list.Length && name(list[index]) is { Length: > 0 } found ? found : null;

        return list switch
        {
            "members" => At(document?.Members, m => names.Of(m.Id)),
            "consortia" => At(document?.Consortia, c => c.Id is { } id ? names.Of(id) : c.Name),
            "governance.bodies" => At(document?.Governance?.Bodies, b => b.Name ?? b.Id),
            "agreement.goals" => At(document?.Agreement?.Goals, g => g.Id),
            "agreement.signatures" => At(document?.Agreement?.Signatures, s => s.Member is { } m ? names.Of(m) : null),
            "agreement.tasks" => At(document?.Agreement?.Tasks, t => t.Member is { } m ? names.Of(m) : null),
            "funds.sources" => At(document?.Funds?.Sources, s => s.From is { } m ? names.Of(m) : null),
            _ => null,
        };
    }

    private static string Join(List<Segment> segments, int depth) => string.Join('.', segments.Take(depth).Select(s => s.Name));

    /// <summary>The names of a path (<c>$.agreement.signatures[2].sealed</c>) with their list indexes.</summary>
    private static List<Segment> Segments(string path)
    {
        var segments = new List<Segment>();
        foreach (Match match in PathSegment().Matches(path))
        {
            segments.Add(new(match.Groups["name"].Value, match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : null));
        }

        return segments;
    }

    private static bool IsLatin(char c) => c < 0x80 && !char.IsWhiteSpace(c) && c is not ('(' or ')');

    private readonly record struct Segment(string Name, int? Index);

    [GeneratedRegex(@"\.(?<name>[A-Za-z][A-Za-z0-9]*)(?:\[(?<index>\d+)\])?")]
    private static partial Regex PathSegment();

    // A key of the format as the Chinese fix-its write it, among Chinese words: bare, with the spaces around it, and maybe its value.
    [GeneratedRegex(@" ?(?<key>[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z][A-Za-z0-9]*)*)(?::\s?(?<value>\{[^}]*\}|[a-z][a-z\-]*))? ?")]
    private static partial Regex BareKey();

    // A key of the format as the English fix-its write it: in single quotes, maybe with its value.
    [GeneratedRegex(@"'(?<key>[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z][A-Za-z0-9]*)*)(?::\s?(?<value>\{[^}]*\}|[a-z][a-z\-]*))?'")]
    private static partial Regex QuotedKey();

    // A key alone in brackets, after the words it stands for: （quorum）, ('date'), (alliance.leadMember).
    [GeneratedRegex(@" ?[（(]'?(?<key>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)'?[）)]")]
    private static partial Regex Gloss();

    // A key and its value unquoted in an English fix-it (kind: member-contribution).
    [GeneratedRegex(@"\b(?<key>[a-z][A-Za-z]*): (?<value>[a-z][a-z\-]*)\b")]
    private static partial Regex KeyAndValue();
}

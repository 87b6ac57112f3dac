using System.Collections.Immutable;
using AllianceCompliance.Findings;
using YamlDotNet.RepresentationModel;

namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// The phrases clause texts are read for, from the data files <c>vocabulary.zh.yaml</c> and
/// <c>vocabulary.en.yaml</c> (embedded in this assembly; a legal reviewer reads and extends them
/// there), with the traditional-to-simplified table <c>traditional.yaml</c>. Loaded once.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>The longest gap, in characters, between the parts of a phrase written <c>A…B</c>.</summary>
    public const int MaxGap = 30;

    private static readonly Lazy<Vocabulary> Loaded = new(() => Load(Resource("vocabulary.zh.yaml"), Resource("vocabulary.en.yaml"), Resource("traditional.yaml")));

    private readonly Dictionary<Duty, (string English, string Chinese)> dutyNames;

    private readonly Dictionary<Duty, (string English, string Chinese)> dutyFixes;

    /// <summary>The duties that have entries of category commitment, as a mask of <see cref="Bit"/>.</summary>
    private readonly long committable;

    private Vocabulary(Folding folding, PhraseMatcher matcher, ImmutableArray<VocabularyEntry> entries, Dictionary<Duty, (string, string)> dutyNames, Dictionary<Duty, (string, string)> dutyFixes)
    {
        this.dutyFixes = dutyFixes;
        Folding = folding;
        Matcher = matcher;
        Entries = entries;
        this.dutyNames = dutyNames;
        committable = entries.Where(e => e.Category == PhraseCategory.Commitment).Aggregate(0L, (mask, e) => mask | e.Duties);
        Starting = new List<(VocabularyEntry, Phrase)>[matcher.Count];
        foreach (var entry in entries)
        {
            foreach (var phrase in entry.Phrases)
            {
                (Starting[phrase.Parts[0]] ??= []).Add((entry, phrase));
            }
        }
    }

    /// <summary>The vocabulary of the embedded data files.</summary>
    public static Vocabulary Instance => Loaded.Value;

    public Folding Folding { get; }

    public PhraseMatcher Matcher { get; }

    public ImmutableArray<VocabularyEntry> Entries { get; }

    /// <summary>For each pattern of the matcher, the phrases (and their entries) that begin with it; null for none.</summary>
    public List<(VocabularyEntry Entry, Phrase Phrase)>?[] Starting { get; }

    /// <summary>What a duty is called, in each language (the vocabulary files name them).</summary>
    public LocalizedText NameOf(Duty duty) =>
        dutyNames.TryGetValue(duty, out var name) ? new(name.English, name.Chinese) : new(duty.ToString(), duty.ToString());

    /// <summary>What a text that settles the duty states, in each language (the vocabulary files' <c>fixes</c>): a finding's remediation names it; empty when the files give none.</summary>
    public LocalizedText FixOf(Duty duty) =>
        dutyFixes.TryGetValue(duty, out var fix) ? new(fix.English, fix.Chinese) : LocalizedText.Empty;

    /// <summary>
    /// The phrases, as written in the files, of the entries of these categories that bear on any of
    /// these duties: what the rule catalogue lists. A phrase that counts only as the whole value is in brackets (<c>[无]</c>).
    /// </summary>
    public ImmutableArray<string> Phrases(IEnumerable<PhraseCategory> categories, IEnumerable<Duty> duties)
    {
        var wanted = categories.ToHashSet();
        var mask = duties.Aggregate(0L, (m, d) => m | Bit(d));
        return [.. Entries.Where(e => wanted.Contains(e.Category) && (e.Duties & mask) != 0)
            .SelectMany(e => e.Phrases.Select(p => e.Whole ? $"[{p.Written}]" : p.Written))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the vocabulary has words by which a text of the duty takes it on (entries of category commitment).</summary>
    public bool HasCommitments(Duty duty) => (committable & Bit(duty)) != 0;

    public static long Bit(Duty duty) => 1L << (int)duty;

    /// <summary>Reads the vocabulary from the text of its files (tests load their own).</summary>
    public static Vocabulary Load(string chinese, string english, string traditional)
    {
        var folding = new Folding(TraditionalPairs(traditional));
        var matcher = new PhraseMatcher(folding);
        var entries = new List<VocabularyEntry>();
        var names = new Dictionary<Duty, (string English, string Chinese)>();
        var fixes = new Dictionary<Duty, (string English, string Chinese)>();
        foreach (var (text, isChinese) in new[] { (chinese, true), (english, false) })
        {
            var root = Root(text);
            foreach (var item in Sequence(root, "entries"))
            {
                entries.Add(Entry((YamlMappingNode)item, folding, matcher));
            }

            foreach (var (map, key) in new[] { (names, "duties"), (fixes, "fixes") })
            {
                foreach (var (duty, written) in Mapping(root, key))
                {
                    var parsed = ParseDuty(((YamlScalarNode)duty).Value!);
                    map.TryGetValue(parsed, out var both);
                    var value = ((YamlScalarNode)written).Value!;
                    map[parsed] = isChinese ? (both.English, value) : (value, both.Chinese);
                }
            }
        }

        matcher.Build();
        return new Vocabulary(folding, matcher, [.. entries], names, fixes);
    }

    private static VocabularyEntry Entry(YamlMappingNode node, Folding folding, PhraseMatcher matcher)
    {
        string? Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
        IEnumerable<string> List(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? ((YamlSequenceNode)v).Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty)
            : [];
        Phrase Phrase(string written) => new(written, [.. written.Split('…').Select(p => matcher.Add(folding.Fold(p)))]);

        var category = Scalar("category") switch
        {
            "open" => PhraseCategory.Open,
            "deferred" => PhraseCategory.Deferred,
            "details-deferred" => PhraseCategory.DetailsDeferred,
            "refusal" => PhraseCategory.Refusal,
            "annex" => PhraseCategory.Annex,
            "arbitration" => PhraseCategory.Arbitration,
            "litigation" => PhraseCategory.Litigation,
            "commitment" => PhraseCategory.Commitment,
            "not-binding" => PhraseCategory.NotBinding,
            var other => throw new InvalidDataException($"Unknown vocabulary category '{other}'."),
        };
        var duties = List("duties").Aggregate(0L, (mask, d) => mask | (d == "all" ? -1L : Bit(ParseDuty(d))));
        var phrases = List("phrases").ToList();
        if (phrases.Count == 0 || phrases.Any(p => folding.Fold(p).Length == 0 || p.Split('…').Any(part => folding.Fold(part).Length == 0)))
        {
            throw new InvalidDataException($"A vocabulary entry ({category}) has no phrases, or an empty one.");
        }

        return new VocabularyEntry(
            category, duties, Scalar("whole") == "true", [.. phrases.Select(Phrase)], [.. List("cancelledBy").Select(Phrase)])
        {
            Numbered = Scalar("numbered") == "true",
        };
    }

    private static Duty ParseDuty(string name) =>
        Enum.TryParse<Duty>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var duty)
            ? duty
            : throw new InvalidDataException($"Unknown duty '{name}' in the vocabulary.");

    private static IEnumerable<KeyValuePair<char, char>> TraditionalPairs(string text)
    {
        var pairs = ((YamlScalarNode)Root(text).Children[new YamlScalarNode("pairs")]).Value ?? string.Empty;
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Length != 2)
            {
                throw new InvalidDataException($"'{pair}' in traditional.yaml is not a pair of characters.");
            }

            yield return new(pair[0], pair[1]);
        }
    }

    private static YamlMappingNode Root(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlSequenceNode)node).Children : [];

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Mapping(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlMappingNode)node).Children : [];

    private static string Resource(string name)
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("AllianceCompliance.Rules.Reading." + name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>An entry of the vocabulary: phrases of one category, the duties they bear on (a bit per <see cref="Duty"/>), and what cancels them.</summary>
internal sealed record VocabularyEntry(PhraseCategory Category, long Duties, bool Whole, ImmutableArray<Phrase> Phrases, ImmutableArray<Phrase> CancelledBy)
{
    /// <summary>For an annex: the phrase counts only when a number or letter follows it (附件3, Annex B).</summary>
    public bool Numbered { get; init; }

    public bool BearsOn(Duty duty) => (Duties & Vocabulary.Bit(duty)) != 0;
}

/// <summary>A phrase as written in the vocabulary, and the matcher's pattern of each of its parts (<c>A…B</c> has two).</summary>
internal sealed record Phrase(string Written, ImmutableArray<int> Parts);

using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Loading;

/// <summary>
/// Reads one YAML mapping into a model node, strictly: every key the caller asks for is known,
/// every other key is reported (with the likely intended key), and every value read is checked for
/// type and recorded with its location.
/// </summary>
internal sealed class MappingReader
{
    private static readonly LocalizedText TextType = new("text", "文本");
    private static readonly LocalizedText ListType = new("a list", "列表");
    private static readonly LocalizedText MappingType = new("a mapping", "映射");

    private readonly List<Finding> errors;
    private readonly YamlTree tree;
    // The mapping's node (its keys: tree.Keys(mapping); each key's value is the node after the key).
    private readonly int mapping;
    private const int LinearLimit = 16;

    // The key node of each key's first entry, by key; only for large mappings (small ones, almost all
    // of them, are searched in place: a dictionary per mapping was a tenth of the loader's allocation).
    private readonly Dictionary<string, int>? entries;
    // The keys asked for. A reader lives until Finish, and readers nest: the lists are reused
    // through a pool of this thread's, since a new list per mapping (and its growth) was a tenth
    // of the model's allocation. After Finish the reader records no more keys.
    [ThreadStatic]
    private static Stack<List<string>>? spareKeyLists;
    private List<string>? known = spareKeyLists is { Count: > 0 } spare ? spare.Pop() : new(16);
    // The positions of the fields read (few, so found by a linear search) and of each list's items
    // (in item order): see FieldLocationMap.
    // At most one per entry, so held in an array of that size, which usually becomes the node's map as it is.
    private readonly FieldPosition[] locations;
    private int fieldCount;
    private List<ItemPositions>? itemLocations;

    /// <summary>When set, the reader reads nothing and records every key asked for instead (see <see cref="Probe"/>).</summary>
    private readonly SchemaProbe? probe;

    private MappingReader(List<Finding> errors, YamlTree tree, int mapping, SourceLocation location, SchemaProbe? probe = null)
    {
        this.errors = errors;
        this.probe = probe;
        this.tree = tree;
        this.mapping = mapping;
        var size = tree.Size(mapping);
        Location = location;
        locations = size == 0 ? [] : new FieldPosition[size];
        if (size > LinearLimit)
        {
            entries = new(size, StringComparer.Ordinal);
        }

        foreach (var key in tree.Keys(mapping))
        {
            if (First(tree.Span(key), key) is var first and >= 0)
            {
                Error(LoadErrors.DuplicateKey, KeyAt(key), tree.Text(key), tree.Line(first));
            }
            else
            {
                entries?.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(tree.Span(key), key);
            }
        }
    }

    public string Path => Location.Path;

    /// <summary>The mapping's location; its path is built only when it is read (see <see cref="SourceLocation"/>).</summary>
    public SourceLocation Location { get; }

    /// <summary>Opens a node as a mapping; reports and returns null when it is something else.</summary>
    public static MappingReader? Open(List<Finding> errors, YamlTree tree, int node, string path) =>
        Open(errors, tree, node, new SourceLocation(path, tree.Line(node), tree.Column(node)));

    /// <summary>Opens a node, which stands at <paramref name="at"/>, as a mapping; reports and returns null when it is something else.</summary>
    private static MappingReader? Open(List<Finding> errors, YamlTree tree, int node, SourceLocation at)
    {
        if (tree.Kind(node) == YamlKind.Mapping)
        {
            return new MappingReader(errors, tree, node, at);
        }

        errors.Add(LoadErrors.WrongType.At(at, null, at.Path, MappingType, tree.Describe(node)));
        return null;
    }

    /// <summary>
    /// A reader over an empty mapping that records, instead of reading, every key the reading code
    /// asks for with its type and whether it is required, following every object and list: the
    /// agreement schema is derived from the loader this way, so the two cannot drift.
    /// </summary>
    public static MappingReader Probe(SchemaProbe probe, string path = "$") => new([], YamlTree.EmptyMapping, 0, new SourceLocation(path, 0, 0), probe);

    /// <summary>Whether the mapping gives the key a value (a probe follows both branches: always true).</summary>
    public bool Has(string key) => (Value(key) is var node and >= 0 && !tree.IsNull(node)) || probe is not null;

    public string? Text(string key, bool required = false) =>
        Declare(key, static () => SchemaShapes.Text, required) && Scalar(key, required) is var scalar and >= 0 ? tree.Text(scalar) : null;

    public bool? Bool(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Bool, required);
        var scalar = Scalar(key, required);
        if (scalar < 0)
        {
            return null;
        }

        if (bool.TryParse(tree.Span(scalar), out var value))
        {
            return value;
        }

        Error(LoadErrors.WrongType, LocationOf(key), key, new LocalizedText("true or false", "true 或 false"), tree.Describe(scalar));
        return null;
    }

    public int? Int(string key, bool required = false, bool nonNegative = false)
    {
        Declare(key, nonNegative ? static () => SchemaShapes.Count : static () => SchemaShapes.Int, required);
        var scalar = Scalar(key, required);
        if (scalar < 0)
        {
            return null;
        }

        var text = tree.Span(scalar);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= 0 || !nonNegative)
            {
                return value;
            }

            Error(LoadErrors.BadNumber, LocationOf(key), tree.Text(scalar), LoadErrors.NonNegativeWholeNumber);
            return null;
        }

        // All digits, yet not an int: too large to hold, not "not a whole number".
        var digits = text.TrimStart("+-");
        var outOfRange = digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
        Error(LoadErrors.BadNumber, LocationOf(key), tree.Text(scalar), outOfRange ? LoadErrors.OutOfRange : LoadErrors.WholeNumber);
        return null;
    }

    public decimal? Number(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Number, required);
        var scalar = Scalar(key, required);
        if (scalar < 0)
        {
            return null;
        }

        if (decimal.TryParse(tree.Span(scalar), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(LoadErrors.BadNumber, LocationOf(key), tree.Text(scalar), new LocalizedText("a number", "数字"));
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Date, required);
        var scalar = Scalar(key, required);
        if (scalar < 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(tree.Span(scalar), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(LoadErrors.BadDate, LocationOf(key), tree.Text(scalar));
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum =>
        Declare(key, static () => SchemaShapes.Enum<TEnum>(), required) && Scalar(key, required) is var scalar and >= 0 ? ParseEnum<TEnum>(scalar, key, LocationOf(key)) : null;

    /// <summary>Reads a list of enum values; a single value is accepted as a list of one.</summary>
    public ImmutableArray<TEnum> EnumList<TEnum>(string key)
        where TEnum : struct, Enum
    {
        Declare(key, static () => SchemaShapes.OneOrMany(SchemaShapes.Enum<TEnum>()), false);
        if (Value(key) is var single and >= 0 && tree.Kind(single) == YamlKind.Scalar && !tree.IsNull(single))
        {
            return ParseEnum<TEnum>(single, key, LocationOf(key)) is { } value ? [value] : [];
        }

        return Items(key, TextType, (node, at, _) =>
            tree.Kind(node) == YamlKind.Scalar ? ParseEnum<TEnum>(node, key, at) : null)
            .Where(v => v.HasValue).Select(v => v!.Value).ToImmutableArray();
    }

    public ImmutableArray<string> TextList(string key, bool required = false) =>
        Declare(key, static () => SchemaShapes.ListOf(SchemaShapes.Text), required) ? Items(key, TextType, (node, _, _) => tree.Kind(node) == YamlKind.Scalar ? tree.Text(node) : null, required) : [];

    /// <summary>Reads one text or a list of texts; a single value is read as a list of one.</summary>
    public ImmutableArray<string> TextOrList(string key)
    {
        Declare(key, static () => SchemaShapes.OneOrMany(SchemaShapes.Text), false);
        if (Value(key) is var single and >= 0 && tree.Kind(single) == YamlKind.Scalar && !tree.IsNull(single))
        {
            return [tree.Text(single)];
        }

        return Items(key, TextType, (node, _, _) => tree.Kind(node) == YamlKind.Scalar ? tree.Text(node) : null);
    }

    public T? Object<T>(string key, Func<MappingReader, T> read, bool required = false)
        where T : Node
    {
        if (probe is not null)
        {
            Declare(key, () => ProbeChild(key, child => read(child)), required);
            return null;
        }

        var node = Value(key);
        if (node < 0 || tree.IsNull(node))
        {
            Missing(key, required);
            return null;
        }

        // Value(key) recorded the field's location, which is the mapping's own.
        return Open(errors, tree, node, LocationOf(key)) is { } reader ? reader.Finish(read(reader)) : null;
    }

    public ImmutableArray<T> List<T>(string key, Func<MappingReader, int, T> read, bool required = false)
        where T : Node
    {
        if (probe is not null)
        {
            Declare(key, () => SchemaShapes.ListOf(ProbeChild($"{key}[0]", child => read(child, 0))), required);
            return [];
        }

        return Items(key, MappingType, (node, at, index) => Open(errors, tree, node, at) is { } reader ? reader.Finish(read(reader, index)) : null, required);
    }

    /// <summary>Reads a provision written as plain text or as <c>{ clause, text }</c>.</summary>
    public ClauseText? ClauseText(string key, bool required = false)
    {
        if (probe is not null)
        {
            Declare(key, () => SchemaShapes.TextOr(ProbeChild(key, r => new ClauseText(r.Text("clause"), r.Text("text")))), required);
            return null;
        }

        if (Value(key) is var scalar and >= 0 && tree.Kind(scalar) == YamlKind.Scalar && !tree.IsNull(scalar))
        {
            return new ClauseText(null, tree.Text(scalar)) { Location = LocationOf(key) };
        }

        return Object(key, r => new ClauseText(r.Text("clause"), r.Text("text")), required);
    }

    /// <summary>Reports the keys no one asked for and stamps the node with its locations.</summary>
    public T Finish<T>(T node)
        where T : Node
    {
        var asked = known ?? throw new InvalidOperationException("A mapping is finished once.");
        foreach (var key in tree.Keys(mapping))
        {
            if (First(tree.Span(key), key + 1) == key && !Asked(asked, tree.Span(key)))
            {
                var written = tree.Text(key);
                Error(LoadErrors.UnknownKey, KeyAt(key), written, KeySuggestion.Hint(written, asked));
            }
        }

        known = null;
        asked.Clear();
        (spareKeyLists ??= new()).Push(asked);

        return node with { Location = Location, FieldLocations = FieldLocationMap.Of(Location, locations, fieldCount, itemLocations) };
    }

    /// <summary>Records a key in probe mode; always true, so it can guard an expression.</summary>
    /// <remarks>
    /// The shape is built by a <c>Func&lt;object&gt;</c>, not a <c>Func&lt;JObject&gt;</c>: creating a
    /// delegate of a type that names JObject would load Newtonsoft.Json on every check, which only
    /// the schema needs.
    /// </remarks>
    private bool Declare(string key, Func<object> shape, bool required)
    {
        probe?.Declare(key, (JObject)shape(), required);
        return true;
    }

    private JObject ProbeChild(string key, Action<MappingReader> read)
    {
        var child = new SchemaProbe();
        read(new MappingReader([], YamlTree.EmptyMapping, 0, new SourceLocation($"{Path}.{key}", 0, 0), child));
        return child.Schema();
    }

    private ImmutableArray<TItem> Items<TItem>(
        string key, LocalizedText itemType, Func<int, SourceLocation, int, TItem?> read, bool required = false)
    {
        var node = Value(key);
        if (node < 0 || tree.IsNull(node))
        {
            Missing(key, required);
            return [];
        }

        if (tree.Kind(node) != YamlKind.Sequence)
        {
            Error(LoadErrors.WrongType, LocationOf(key), key, ListType, tree.Describe(node));
            return [];
        }

        var count = tree.Size(node);
        var items = ImmutableArray.CreateBuilder<TItem>(count);
        var positions = new ItemPosition[count];
        (itemLocations ??= new(1)).Add(new(key, positions));
        var i = -1;
        foreach (var item in tree.Items(node))
        {
            i++;
            positions[i] = new(tree.Line(item), tree.Column(item));
            var at = FieldLocationMap.Locate(Location, key, i, positions[i]);
            if (tree.IsNull(item))
            {
                continue;
            }

            if (itemType == TextType && tree.Kind(item) != YamlKind.Scalar)
            {
                Error(LoadErrors.WrongType, at, $"{key}[{i}]", TextType, tree.Describe(item));
                continue;
            }

            if (read(item, at, i) is { } value)
            {
                items.Add(value);
            }
        }

        return items.DrainToImmutable();
    }

    /// <summary>The scalar node of the key's value, or -1 when it has none (reported if required) or is not a scalar (reported).</summary>
    private int Scalar(string key, bool required)
    {
        var node = Value(key);
        if (node < 0 || tree.IsNull(node))
        {
            Missing(key, required);
            return -1;
        }

        if (tree.Kind(node) != YamlKind.Scalar)
        {
            Error(LoadErrors.WrongType, LocationOf(key), key, TextType, tree.Describe(node));
            return -1;
        }

        return node;
    }

    /// <summary>The node of the key's value (of its first entry), or -1; records the key as asked for and the value's position.</summary>
    private int Value(string key)
    {
        if (known is not null && !known.Contains(key))
        {
            known.Add(key);
        }

        var found = First(key, int.MaxValue);
        if (found < 0)
        {
            return -1;
        }

        var value = found + 1;
        if (FieldIndex(key) < 0)
        {
            locations[fieldCount++] = new(key, tree.Line(value), tree.Column(value));
        }

        return value;
    }

    /// <summary>
    /// The key node of the first entry with the key (or -1) among the keys before node <paramref name="before"/>
    /// (or, for a large mapping, among those indexed so far: the constructor indexes them in order).
    /// </summary>
    private int First(ReadOnlySpan<char> key, int before)
    {
        if (entries is not null)
        {
            return entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found) ? found : -1;
        }

        foreach (var node in tree.Keys(mapping))
        {
            if (node >= before)
            {
                break;
            }

            if (key.SequenceEqual(tree.Span(node)))
            {
                return node;
            }
        }

        return -1;
    }

    private static bool Asked(List<string> asked, ReadOnlySpan<char> key)
    {
        foreach (var name in asked)
        {
            if (key.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private TEnum? ParseEnum<TEnum>(int scalar, string key, SourceLocation at)
        where TEnum : struct, Enum
    {
        if (EnumNames<TEnum>.TryParse(tree.Span(scalar), out var value))
        {
            return value;
        }

        var written = tree.Text(scalar);
        Error(LoadErrors.UnknownValue, at, written, key,
            KeySuggestion.Hint(written, EnumNames<TEnum>.Names), EnumNames<TEnum>.Allowed);
        return null;
    }

    private void Missing(string key, bool required)
    {
        if (required)
        {
            Error(LoadErrors.MissingKey, LocationOf(key), key);
        }
    }

    public SourceLocation LocationOf(string key)
    {
        var i = FieldIndex(key);
        return i >= 0 ? FieldLocationMap.Locate(Location, locations[i]) : Location.Child(key);
    }

    private int FieldIndex(string key)
    {
        for (var i = 0; i < fieldCount; i++)
        {
            if (string.Equals(locations[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Error(RuleDescriptor rule, SourceLocation at, params object?[] arguments) =>
        errors.Add(rule.At(at, null, arguments));

    private SourceLocation KeyAt(int key) => new(string.Concat(Path, ".", tree.Span(key)), tree.Line(key), tree.Column(key));
}

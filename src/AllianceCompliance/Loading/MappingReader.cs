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
    private readonly YamlMapping mapping;
    private const int LinearLimit = 16;

    // The first entry of each key, by key; only for large mappings (small ones, almost all of
    // them, are searched in place: a dictionary per mapping was a tenth of the loader's allocation).
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

    private MappingReader(List<Finding> errors, YamlMapping mapping, SourceLocation location, SchemaProbe? probe = null)
    {
        this.errors = errors;
        this.probe = probe;
        this.mapping = mapping;
        Location = location;
        locations = mapping.Entries.Length == 0 ? [] : new FieldPosition[mapping.Entries.Length];
        if (mapping.Entries.Length > LinearLimit)
        {
            entries = new(mapping.Entries.Length, StringComparer.Ordinal);
        }

        for (var i = 0; i < mapping.Entries.Length; i++)
        {
            var entry = mapping.Entries[i];
            if (First(entry.Key, i) is var first and >= 0)
            {
                Error(LoadErrors.DuplicateKey, KeyAt(entry), entry.Key, mapping.Entries[first].KeyLine);
            }
            else
            {
                entries?.Add(entry.Key, i);
            }
        }
    }

    public string Path => Location.Path;

    /// <summary>The mapping's location; its path is built only when it is read (see <see cref="SourceLocation"/>).</summary>
    public SourceLocation Location { get; }

    /// <summary>Opens a node as a mapping; reports and returns null when it is something else.</summary>
    public static MappingReader? Open(List<Finding> errors, YamlNode node, string path) =>
        Open(errors, node, At(node, path));

    /// <summary>Opens a node, which stands at <paramref name="at"/>, as a mapping; reports and returns null when it is something else.</summary>
    private static MappingReader? Open(List<Finding> errors, YamlNode node, SourceLocation at)
    {
        if (node is YamlMapping mapping)
        {
            return new MappingReader(errors, mapping, at);
        }

        errors.Add(LoadErrors.WrongType.At(at, null, at.Path, MappingType, node.Describe()));
        return null;
    }

    /// <summary>
    /// A reader over an empty mapping that records, instead of reading, every key the reading code
    /// asks for with its type and whether it is required, following every object and list: the
    /// agreement schema is derived from the loader this way, so the two cannot drift.
    /// </summary>
    public static MappingReader Probe(SchemaProbe probe, string path = "$") => new([], new YamlMapping([], 0, 0), new SourceLocation(path, 0, 0), probe);

    /// <summary>Whether the mapping gives the key a value (a probe follows both branches: always true).</summary>
    public bool Has(string key) => Value(key) is not (null or YamlScalar { IsNull: true }) || probe is not null;

    public string? Text(string key, bool required = false) =>
        Declare(key, static () => SchemaShapes.Text, required) && Scalar(key, required) is { } scalar ? scalar.Value : null;

    public bool? Bool(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Bool, required);
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Error(LoadErrors.WrongType, LocationOf(key), key, new LocalizedText("true or false", "true 或 false"), scalar.Describe());
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Int, required);
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(LoadErrors.BadNumber, LocationOf(key), scalar.Value, new LocalizedText("a whole number", "整数"));
        return null;
    }

    public decimal? Number(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Number, required);
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(LoadErrors.BadNumber, LocationOf(key), scalar.Value, new LocalizedText("a number", "数字"));
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        Declare(key, static () => SchemaShapes.Date, required);
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(LoadErrors.BadDate, LocationOf(key), scalar.Value);
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum =>
        Declare(key, static () => SchemaShapes.Enum<TEnum>(), required) && Scalar(key, required) is { } scalar ? ParseEnum<TEnum>(scalar, key, LocationOf(key)) : null;

    /// <summary>Reads a list of enum values; a single value is accepted as a list of one.</summary>
    public ImmutableArray<TEnum> EnumList<TEnum>(string key)
        where TEnum : struct, Enum
    {
        Declare(key, static () => SchemaShapes.OneOrMany(SchemaShapes.Enum<TEnum>()), false);
        if (Value(key) is YamlScalar { IsNull: false } single)
        {
            return ParseEnum<TEnum>(single, key, LocationOf(key)) is { } value ? [value] : [];
        }

        return Items(key, TextType, (node, at, _) =>
            node is YamlScalar scalar ? ParseEnum<TEnum>(scalar, key, at) : null)
            .Where(v => v.HasValue).Select(v => v!.Value).ToImmutableArray();
    }

    public ImmutableArray<string> TextList(string key, bool required = false) =>
        Declare(key, static () => SchemaShapes.ListOf(SchemaShapes.Text), required) ? Items(key, TextType, (node, _, _) => node is YamlScalar scalar ? scalar.Value : null, required) : [];

    public T? Object<T>(string key, Func<MappingReader, T> read, bool required = false)
        where T : Node
    {
        if (probe is not null)
        {
            Declare(key, () => ProbeChild(key, child => read(child)), required);
            return null;
        }

        var node = Value(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Missing(key, required);
            return null;
        }

        // Value(key) recorded the field's location, which is the mapping's own.
        return Open(errors, node, LocationOf(key)) is { } reader ? reader.Finish(read(reader)) : null;
    }

    public ImmutableArray<T> List<T>(string key, Func<MappingReader, int, T> read, bool required = false)
        where T : Node
    {
        if (probe is not null)
        {
            Declare(key, () => SchemaShapes.ListOf(ProbeChild($"{key}[0]", child => read(child, 0))), required);
            return [];
        }

        return Items(key, MappingType, (node, at, index) => Open(errors, node, at) is { } reader ? reader.Finish(read(reader, index)) : null, required);
    }

    /// <summary>Reads a provision written as plain text or as <c>{ clause, text }</c>.</summary>
    public ClauseText? ClauseText(string key, bool required = false)
    {
        if (probe is not null)
        {
            Declare(key, () => SchemaShapes.TextOr(ProbeChild(key, r => new ClauseText(r.Text("clause"), r.Text("text")))), required);
            return null;
        }

        if (Value(key) is YamlScalar { IsNull: false } scalar)
        {
            return new ClauseText(null, scalar.Value) { Location = LocationOf(key) };
        }

        return Object(key, r => new ClauseText(r.Text("clause"), r.Text("text")), required);
    }

    /// <summary>Reports the keys no one asked for and stamps the node with its locations.</summary>
    public T Finish<T>(T node)
        where T : Node
    {
        var asked = known ?? throw new InvalidOperationException("A mapping is finished once.");
        for (var i = 0; i < mapping.Entries.Length; i++)
        {
            var entry = mapping.Entries[i];
            var key = entry.Key;
            if (First(key, i + 1) == i && !asked.Contains(key))
            {
                Error(LoadErrors.UnknownKey, KeyAt(entry), key, KeySuggestion.Hint(key, asked));
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
        read(new MappingReader([], new YamlMapping([], 0, 0), new SourceLocation($"{Path}.{key}", 0, 0), child));
        return child.Schema();
    }

    private ImmutableArray<TItem> Items<TItem>(
        string key, LocalizedText itemType, Func<YamlNode, SourceLocation, int, TItem?> read, bool required = false)
    {
        var node = Value(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Missing(key, required);
            return [];
        }

        if (node is not YamlSequence sequence)
        {
            Error(LoadErrors.WrongType, LocationOf(key), key, ListType, node.Describe());
            return [];
        }

        var items = ImmutableArray.CreateBuilder<TItem>(sequence.Items.Length);
        var positions = new ItemPosition[sequence.Items.Length];
        (itemLocations ??= new(1)).Add(new(key, positions));
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = sequence.Items[i];
            positions[i] = new(item.Line, item.Column);
            var at = FieldLocationMap.Locate(Location, key, i, positions[i]);
            if (item is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (itemType == TextType && item is not YamlScalar)
            {
                Error(LoadErrors.WrongType, at, $"{key}[{i}]", TextType, item.Describe());
                continue;
            }

            if (read(item, at, i) is { } value)
            {
                items.Add(value);
            }
        }

        return items.DrainToImmutable();
    }

    private YamlScalar? Scalar(string key, bool required)
    {
        var node = Value(key);
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                Missing(key, required);
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                Error(LoadErrors.WrongType, LocationOf(key), key, TextType, node.Describe());
                return null;
        }
    }

    private YamlNode? Value(string key)
    {
        if (known is not null && !known.Contains(key))
        {
            known.Add(key);
        }

        var found = First(key, mapping.Entries.Length);
        if (found < 0)
        {
            return null;
        }

        var entry = mapping.Entries[found];

        if (FieldIndex(key) < 0)
        {
            locations[fieldCount++] = new(key, entry.Value.Line, entry.Value.Column);
        }

        return entry.Value;
    }

    /// <summary>
    /// The index of the first entry with the key (or -1) among the mapping's first <paramref name="before"/> entries
    /// (or, for a large mapping, among those indexed so far: the constructor indexes them in order).
    /// </summary>
    private int First(string key, int before)
    {
        if (entries is not null)
        {
            return entries.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < before; i++)
        {
            if (string.Equals(mapping.Entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private TEnum? ParseEnum<TEnum>(YamlScalar scalar, string key, SourceLocation at)
        where TEnum : struct, Enum
    {
        if (EnumNames<TEnum>.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Error(LoadErrors.UnknownValue, at, scalar.Value, key,
            KeySuggestion.Hint(scalar.Value, EnumNames<TEnum>.Names), EnumNames<TEnum>.Allowed);
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

    private static SourceLocation At(YamlNode node, string path) => new(path, node.Line, node.Column);

    private SourceLocation KeyAt(YamlEntry entry) => new($"{Path}.{entry.Key}", entry.KeyLine, entry.KeyColumn);
}

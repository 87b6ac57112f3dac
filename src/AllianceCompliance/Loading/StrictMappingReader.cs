using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Reads one YAML mapping of a file into a model node, strictly: every key the caller asks for is
/// known, every other key is reported (with the likely intended key), a key given twice is reported,
/// and every value read is checked for type and recorded with its location.
/// </summary>
internal sealed class StrictMappingReader : MappingReader
{
    private static readonly LocalizedText TextType = Words.TextType;
    private static readonly LocalizedText ListType = Words.ListType;
    private static readonly LocalizedText MappingType = Words.MappingType;

    private readonly List<Finding> errors;
    private readonly YamlMapping mapping;
    private readonly FieldLocations locations;
    // Each key's first entry (later ones are reported as duplicates) and the keys asked for, in order.
    private readonly Dictionary<string, (YamlScalar Key, YamlNode Value)> entries = new(StringComparer.Ordinal);
    private readonly List<string> asked = [];

    private StrictMappingReader(List<Finding> errors, YamlMapping mapping, SourceLocation location)
    {
        this.errors = errors;
        this.mapping = mapping;
        Location = location;
        locations = new(location);
        foreach (var entry in mapping.Entries)
        {
            if (entries.TryGetValue(entry.Key.Value, out var first))
            {
                Error(LoadErrors.DuplicateKey, KeyAt(entry.Key), entry.Key.Value, first.Key.Line);
            }
            else
            {
                entries.Add(entry.Key.Value, entry);
            }
        }
    }

    public override SourceLocation Location { get; }

    /// <summary>Opens a node, which stands at <paramref name="at"/>, as a mapping; reports and returns null when it is something else.</summary>
    public static StrictMappingReader? Open(List<Finding> errors, YamlNode node, SourceLocation at)
    {
        if (node is YamlMapping mapping)
        {
            return new StrictMappingReader(errors, mapping, at);
        }

        errors.Add((node is YamlScalar scalar ? ChineseInput.KeyWithWideColon(scalar.Value, at) ?? ChineseInput.WideBracketed(scalar.Value, at) : null)
            ?? LoadErrors.WrongType.At(at, null, at.Path, MappingType, node.Describe()));
        return null;
    }

    public override bool Has(string key) => Value(key) is { } node && !IsNull(node);

    public override string? Text(string key, bool required = false) => Scalar(key, required)?.Value;

    public override bool? Bool(string key, bool required = false) => Scalar(key, required) is { } scalar
        ? Parsed(bool.TryParse(scalar.Value, out var value), value, LoadErrors.WrongType, key, key, Words.TrueOrFalse, scalar.Describe())
        : null;

    public override int? Int(string key, bool required = false, bool nonNegative = false)
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Parsed(value >= 0 || !nonNegative, value, LoadErrors.BadNumber, key, scalar.Value, LoadErrors.NonNegativeWholeNumber);
        }

        // All digits, yet not an int: too large to hold, not "not a whole number".
        var digits = scalar.Value.AsSpan().TrimStart("+-");
        var outOfRange = digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
        return Parsed(false, 0, LoadErrors.BadNumber, key, scalar.Value, outOfRange ? LoadErrors.OutOfRange : LoadErrors.WholeNumber);
    }

    public override decimal? Number(string key, bool required = false) => Scalar(key, required) is { } scalar
        ? Parsed(decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value, LoadErrors.BadNumber, key, scalar.Value, Words.Number)
        : null;

    public override DateOnly? Date(string key, bool required = false) => Scalar(key, required) is { } scalar
        ? Parsed(DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value), value, LoadErrors.BadDate, key, scalar.Value)
        : null;

    protected override int? EnumIndex(string key, EnumNames names, bool required) =>
        Scalar(key, required) is { } scalar ? ParseEnum(scalar, names, key, LocationOf(key)) : null;

    protected override ImmutableArray<int> EnumIndexes(string key, EnumNames names)
    {
        if (Value(key) is YamlScalar single && !single.IsNull)
        {
            return ParseEnum(single, names, key, LocationOf(key)) is { } index ? [index] : [];
        }

        return [.. Items(key, TextType, (node, at, _) => node is YamlScalar scalar ? ParseEnum(scalar, names, key, at) : null)
            .Where(i => i.HasValue).Select(i => i!.Value)];
    }

    public override ImmutableArray<string> TextList(string key, bool required = false) =>
        Items(key, TextType, (node, _, _) => (node as YamlScalar)?.Value, required);

    public override ImmutableArray<string> TextOrList(string key) =>
        Value(key) is YamlScalar single && !single.IsNull ? [single.Value] : TextList(key);

    public override T? Object<T>(string key, Func<MappingReader, T> read, bool required = false)
        where T : class
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            Missing(key, required);
            return default;
        }

        return Open(errors, node, LocationOf(key)) is { } reader ? reader.Finish(read(reader)) : default;
    }

    public override ImmutableArray<T> List<T>(string key, Func<MappingReader, int, T> read, bool required = false) =>
        Items(key, MappingType, (node, at, index) => Open(errors, node, at) is { } reader ? reader.Finish(read(reader, index)) : null, required);

    public override ClauseText? ClauseText(string key, bool required = false)
    {
        if (Value(key) is YamlScalar scalar && !scalar.IsNull)
        {
            return new ClauseText(null, scalar.Value) { Location = LocationOf(key) };
        }

        return Object(key, r => new ClauseText(r.Text("clause"), r.Text("text")), required);
    }

    public override SourceLocation LocationOf(string key) => locations.Of(key);

    public override T Finish<T>(T node)
    {
        foreach (var (key, _) in entries.Values)
        {
            if (!asked.Contains(key.Value))
            {
                errors.Add(ChineseInput.WideIndent(key.Value, KeyAt(key))
                    ?? LoadErrors.UnknownKey.At(KeyAt(key), null, key.Value, KeySuggestion.Hint(key.Value, asked)));
            }
        }

        return node with { Location = Location, FieldLocations = locations.All };
    }

    private ImmutableArray<TItem> Items<TItem>(
        string key, LocalizedText itemType, Func<YamlNode, SourceLocation, int, TItem?> read, bool required = false)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            Missing(key, required);
            return [];
        }

        if (node is not YamlSequence sequence)
        {
            errors.Add((node is YamlScalar text ? ChineseInput.WideBracketed(text.Value, LocationOf(key)) : null)
                ?? LoadErrors.WrongType.At(LocationOf(key), null, key, ListType, node.Describe()));
            return [];
        }

        var items = ImmutableArray.CreateBuilder<TItem>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var at = locations.Item(key, i, item);
            if (IsNull(item))
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

    /// <summary>The key's value as a scalar, or null when it has none (reported if required) or is not a scalar (reported).</summary>
    private YamlScalar? Scalar(string key, bool required)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            Missing(key, required);
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            Error(LoadErrors.WrongType, LocationOf(key), key, TextType, node.Describe());
            return null;
        }

        return scalar;
    }

    /// <summary>The value of the key's first entry, or null; records the key as asked for and where its value stands.</summary>
    private YamlNode? Value(string key)
    {
        if (!asked.Contains(key))
        {
            asked.Add(key);
        }

        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        locations.Field(key, entry.Value);
        return entry.Value;
    }

    /// <summary>The value when it parsed; else null, with the error reported at the key's value.</summary>
    private T? Parsed<T>(bool parsed, T value, RuleDescriptor error, string key, params object?[] arguments)
        where T : struct
    {
        if (parsed)
        {
            return value;
        }

        Error(error, LocationOf(key), arguments);
        return null;
    }

    private int? ParseEnum(YamlScalar scalar, EnumNames names, string key, SourceLocation at)
    {
        if (names.IndexOf(scalar.Value) is var index and >= 0)
        {
            return index;
        }

        var hint = names.Translated(scalar.Value) is { } meant
            ? Words.DidYouMean.Format(meant)
            : KeySuggestion.Hint(scalar.Value, names.Names);
        Error(LoadErrors.UnknownValue, at, scalar.Value, key, hint, names.Explained);
        return null;
    }

    private void Missing(string key, bool required)
    {
        if (required)
        {
            Error(LoadErrors.MissingKey, LocationOf(key), key);
        }
    }

    private static bool IsNull(YamlNode node) => node is YamlScalar { IsNull: true };

    private void Error(RuleDescriptor rule, SourceLocation at, params object?[] arguments) =>
        errors.Add(rule.At(at, null, arguments));

    private SourceLocation KeyAt(YamlScalar key) => new($"{Path}.{key.Value}", key.Line, key.Column);
}

using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>
/// What the loader's readers (<see cref="AgreementReader"/>) ask of one YAML mapping: a value per key,
/// each method naming the key, the type and whether it is required. <see cref="StrictMappingReader"/>
/// reads a file's mapping with it; <see cref="SchemaProbe"/> records what is asked, for the schema.
/// </summary>
internal abstract class MappingReader
{
    /// <summary>The mapping's location.</summary>
    public abstract SourceLocation Location { get; }

    public string Path => Location.Path;

    /// <summary>Opens a node as a mapping; reports and returns null when it is something else.</summary>
    public static MappingReader? Open(List<Finding> errors, YamlNode node, string path) =>
        StrictMappingReader.Open(errors, node, new SourceLocation(path, node.Line, node.Column));

    /// <summary>Whether the mapping gives the key a value (a probe follows both branches: always true).</summary>
    public abstract bool Has(string key);

    public abstract string? Text(string key, bool required = false);

    public abstract bool? Bool(string key, bool required = false);

    /// <summary>Reads a whole number; with <paramref name="nonNegative"/>, a count or a number of days (0 or more).</summary>
    public abstract int? Int(string key, bool required = false, bool nonNegative = false);

    public abstract decimal? Number(string key, bool required = false);

    public abstract DateOnly? Date(string key, bool required = false);

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum =>
        EnumIndex(key, EnumNames.Of<TEnum>(), required) is { } index ? EnumNames.ValueAt<TEnum>(index) : null;

    /// <summary>Reads a list of enum values; a single value is accepted as a list of one.</summary>
    public ImmutableArray<TEnum> EnumList<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var indexes = EnumIndexes(key, EnumNames.Of<TEnum>());
        var values = new TEnum[indexes.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = EnumNames.ValueAt<TEnum>(indexes[i]);
        }

        return [.. values];
    }

    /// <summary>Reads an enum value as its index in the enum's table (<see cref="Enum{TEnum}"/> turns it into the value).</summary>
    protected abstract int? EnumIndex(string key, EnumNames names, bool required);

    /// <summary>Reads a list of enum values as their indexes in the enum's table; a single value is a list of one.</summary>
    protected abstract ImmutableArray<int> EnumIndexes(string key, EnumNames names);

    public abstract ImmutableArray<string> TextList(string key, bool required = false);

    /// <summary>Reads one text or a list of texts; a single value is read as a list of one.</summary>
    public abstract ImmutableArray<string> TextOrList(string key);

    public abstract T? Object<T>(string key, Func<MappingReader, T> read, bool required = false)
        where T : Node;

    public abstract ImmutableArray<T> List<T>(string key, Func<MappingReader, int, T> read, bool required = false)
        where T : Node;

    /// <summary>Reads a provision written as plain text or as <c>{ clause, text }</c>.</summary>
    public abstract ClauseText? ClauseText(string key, bool required = false);

    /// <summary>Where the key's value stands, or the mapping's location with the key's path when it has none.</summary>
    public abstract SourceLocation LocationOf(string key);

    /// <summary>Reports the keys no one asked for and stamps the node with its locations.</summary>
    public abstract T Finish<T>(T node)
        where T : Node;
}

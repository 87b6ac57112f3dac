using System.Collections.Immutable;
using AllianceCompliance.Model;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Loading;

/// <summary>
/// A reader of no mapping that records, instead of reading, every key the reading code asks for with
/// its type and whether it is required, following every object and list: the agreement schema is
/// derived from the loader this way (<see cref="AgreementSchema"/>), so the two cannot drift.
/// </summary>
internal sealed class SchemaProbe(string path = "$") : MappingReader
{
    private readonly JObject properties = [];
    private readonly List<string> required = [];

    public override SourceLocation Location { get; } = new(path, 0, 0);

    /// <summary>The keys asked for, as the JSON Schema of one mapping.</summary>
    public JObject Schema()
    {
        var schema = new JObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = new JArray(required);
        }

        schema["additionalProperties"] = false;
        return schema;
    }

    public override bool Has(string key) => true;

    public override string? Text(string key, bool required = false) => Declare(key, SchemaShapes.Text, required, (string?)null);

    public override bool? Bool(string key, bool required = false) => Declare(key, SchemaShapes.Bool, required, (bool?)null);

    public override int? Int(string key, bool required = false, bool nonNegative = false) =>
        Declare(key, nonNegative ? SchemaShapes.Count : SchemaShapes.Int, required, (int?)null);

    public override decimal? Number(string key, bool required = false) => Declare(key, SchemaShapes.Number, required, (decimal?)null);

    public override DateOnly? Date(string key, bool required = false) => Declare(key, SchemaShapes.Date, required, (DateOnly?)null);

    protected override int? EnumIndex(string key, EnumNames names, bool required) => Declare(key, SchemaShapes.Enum(names), required, (int?)null);

    protected override ImmutableArray<int> EnumIndexes(string key, EnumNames names) =>
        Declare(key, SchemaShapes.OneOrMany(SchemaShapes.Enum(names)), false, ImmutableArray<int>.Empty);

    public override ImmutableArray<string> TextList(string key, bool required = false) =>
        Declare(key, SchemaShapes.ListOf(SchemaShapes.Text), required, ImmutableArray<string>.Empty);

    public override ImmutableArray<string> TextOrList(string key) =>
        Declare(key, SchemaShapes.OneOrMany(SchemaShapes.Text), false, ImmutableArray<string>.Empty);

    public override T? Object<T>(string key, Func<MappingReader, T> read, bool required = false)
        where T : class => Declare(key, Child(key, child => read(child)), required, default(T));

    public override ImmutableArray<T> List<T>(string key, Func<MappingReader, int, T> read, bool required = false) =>
        Declare(key, SchemaShapes.ListOf(Child($"{key}[0]", child => read(child, 0))), required, ImmutableArray<T>.Empty);

    public override ClauseText? ClauseText(string key, bool required = false) =>
        Declare(key, SchemaShapes.TextOr(Child(key, r => new ClauseText(r.Text("clause"), r.Text("text")))), required, (ClauseText?)null);

    public override SourceLocation LocationOf(string key) => Location.Child(key);

    public override T Finish<T>(T node) => node;

    /// <summary>Records the key with its shape; returns <paramref name="nothing"/>, what the probe reads.</summary>
    private T Declare<T>(string key, JObject shape, bool isRequired, T nothing)
    {
        properties[key] ??= shape;
        if (isRequired && !required.Contains(key))
        {
            required.Add(key);
        }

        return nothing;
    }

    private JObject Child(string key, Action<MappingReader> read)
    {
        var child = new SchemaProbe($"{Path}.{key}");
        read(child);
        return child.Schema();
    }
}

using System.Text.Json.Nodes;
using AllianceCompliance.Loading;
using AllianceCompliance.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AllianceCompliance.Tests.Loading;

/// <summary>
/// The agreement schema is derived from the loader; these tests hold the two to each other from
/// outside: what the loader accepts the schema accepts, and the reverse.
/// </summary>
public sealed class AgreementSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(AgreementSchema.Json).GetAwaiter().GetResult();
    private static readonly string Baseline = Repository.File("tests", "AllianceCompliance.Rules.Tests", "Support", "compliant.yaml");

    private static IEnumerable<string> Agreements() =>
        [Baseline, .. Directory.EnumerateFiles(Repository.File("samples"), "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static Results Validate(JsonNode? instance) => new(Schema.Validate(instance?.ToJsonString() ?? "null"));

    private static string Errors(Results results) => string.Join("; ", results.Errors.Select(e => e.ToString()));

    private sealed record Results(ICollection<ValidationError> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    [Test]
    public void Json_ShippedSchemaFile_IsTheGeneratedOne() =>
        File.ReadAllText(Repository.File("schema", "alliance-agreement-v1.schema.json")).ReplaceLineEndings("\n").ShouldBe(
            AgreementSchema.Json,
            "regenerate it: dotnet build src/AllianceCompliance.Cli && dotnet run --no-build --project src/AllianceCompliance.Cli -- schema > schema/alliance-agreement-v1.schema.json");

    [TestCaseSource(nameof(Agreements))]
    public void Json_AgreementTheLoaderReads_IsValidAgainstTheSchema(string path)
    {
        var yaml = File.ReadAllText(path);
        new AgreementLoader().Load(yaml).Errors.Select(e => $"{e.RuleId} {e.Location} {e.Message.English}").ShouldBeEmpty("every sample loads");

        var results = Validate(YamlAsJson.Convert(yaml));

        results.IsValid.ShouldBeTrue(Errors(results));
    }

    [Test]
    public void Json_AnExampleWithEveryKeyOfTheSchema_LoadsWithoutError()
    {
        var example = Example(JsonNode.Parse(AgreementSchema.Json)!.AsObject());
        Validate(example).IsValid.ShouldBeTrue("the example should itself satisfy the schema");

        var loaded = new AgreementLoader().Load(example!.ToJsonString());

        loaded.Errors.Select(e => $"{e.RuleId} {e.Location.Path} {e.Message.English}").ShouldBeEmpty();
    }

    [TestCase("    expertise: National key laboratory for polymer coatings", "    expertize: National key laboratory for polymer coatings", "AC010")]
    [TestCase("    kind: university", "    kind: college", "AC014")]
    [TestCase("format: alliance-agreement/v1", "format: alliance-agreement/v2", "AC007")]
    [TestCase("  established: 2012-08-29", "  established: 29/08/2012", "AC015")]
    [TestCase("  name: Example Coatings Technology Innovation Strategic Alliance\n", "", "AC013")]
    public void Json_AgreementTheLoaderRejects_IsInvalidAgainstTheSchemaToo(string from, string to, string loadError)
    {
        var yaml = File.ReadAllText(Baseline).ReplaceLineEndings("\n");
        yaml.ShouldContain(from);
        yaml = yaml.Replace(from, to, StringComparison.Ordinal);

        new AgreementLoader().Load(yaml).Errors.Select(e => e.RuleId).ShouldContain(loadError);
        Validate(YamlAsJson.Convert(yaml)).IsValid.ShouldBeFalse();
    }

    /// <summary>An instance with every property of the schema: text "x" (so every member reference names the one member), the first enum value, one item per list.</summary>
    private static JsonNode? Example(JsonObject schema)
    {
        if (schema["$ref"] is not null || schema["anyOf"] is JsonArray)
        {
            // Text, or text-or-mapping: the mapping branch, when there is one, covers more keys.
            var mapping = (schema["anyOf"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(s => s["properties"] is not null);
            return mapping is not null ? Example(mapping) : schema["anyOf"] is JsonArray any ? Example(any[0]!.AsObject()) : JsonValue.Create("x");
        }

        if (schema["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        return schema["type"]!.GetValue<string>() switch
        {
            "object" => new JsonObject(schema["properties"]!.AsObject().Select(p => KeyValuePair.Create(p.Key, Example(p.Value!.AsObject())))),
            "array" => new JsonArray(Example(schema["items"]!.AsObject())),
            "boolean" => JsonValue.Create(true),
            "integer" or "number" => JsonValue.Create(1),
            "string" when schema["format"]?.GetValue<string>() == "date" => JsonValue.Create("2012-08-29"),
            _ => JsonValue.Create("x"),
        };
    }
}

using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Loading;

/// <summary>The keys a probing <see cref="MappingReader"/> was asked for, as the JSON Schema of one mapping.</summary>
internal sealed class SchemaProbe
{
    private readonly JObject properties = [];
    private readonly List<string> required = [];

    public void Declare(string key, JObject shape, bool isRequired)
    {
        properties[key] ??= shape;
        if (isRequired && !required.Contains(key))
        {
            required.Add(key);
        }
    }

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
}

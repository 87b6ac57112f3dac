using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Loading;

/// <summary>The JSON Schema of each kind of value <see cref="MappingReader"/> reads, accepting what it accepts.</summary>
internal static class SchemaShapes
{
    /// <summary>Text: a reference to <see cref="TextDefinition"/>.</summary>
    public static JObject Text => new() { ["$ref"] = "#/definitions/text" };

    /// <summary>Text: any scalar, read as written (an unquoted all-digit credit code is text too).</summary>
    public static JObject TextDefinition => new()
    {
        ["description"] = "Text; any scalar is read as the text written, so unquoted numbers such as all-digit credit codes are text too.",
        ["type"] = new JArray("string", "number", "boolean"),
    };

    public static JObject Bool => new() { ["type"] = "boolean" };

    public static JObject Int => new() { ["type"] = "integer" };

    /// <summary>A whole number of 0 or more: a count or a number of days.</summary>
    public static JObject Count => new() { ["type"] = "integer", ["minimum"] = 0 };

    public static JObject Number => new() { ["type"] = "number" };

    public static JObject Date => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };

    public static JObject Enum(EnumNames names) => new() { ["type"] = "string", ["enum"] = new JArray(names.Names) };

    public static JObject ListOf(JObject item) => new() { ["type"] = "array", ["items"] = item };

    /// <summary>A value or a list of such values (a single value is read as a list of one).</summary>
    public static JObject OneOrMany(JObject item) => new() { ["anyOf"] = new JArray(item, ListOf((JObject)item.DeepClone())) };

    /// <summary>A provision written as plain text or as a mapping.</summary>
    public static JObject TextOr(JObject mapping) => new() { ["anyOf"] = new JArray(Text, mapping) };
}

using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>A node of a parsed YAML document, with the 1-based line and column of its first character.</summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, as a message names it: "text", "a mapping", "a list".</summary>
    public abstract LocalizedText Describe();
}

/// <summary>A key or scalar value, as parsed.</summary>
internal sealed class YamlScalar(string value, bool plain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Whether it was written unquoted and untagged (only then can it mean null).</summary>
    public bool Plain { get; } = plain;

    /// <summary>Whether it means null: unquoted and empty, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override LocalizedText Describe() =>
        IsNull ? Words.EmptyValue : Words.TheText.Format(Value);
}

/// <summary>A mapping: its entries in file order (duplicate keys included; the reader reports them).</summary>
internal sealed class YamlMapping(int line, int column) : YamlNode(line, column)
{
    public List<(YamlScalar Key, YamlNode Value)> Entries { get; } = [];

    public override LocalizedText Describe() => Words.MappingType;
}

/// <summary>A sequence: its items in file order.</summary>
internal sealed class YamlSequence(int line, int column) : YamlNode(line, column)
{
    public List<YamlNode> Items { get; } = [];

    public override LocalizedText Describe() => Words.ListType;
}

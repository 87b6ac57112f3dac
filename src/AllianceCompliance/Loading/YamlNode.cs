using AllianceCompliance.Findings;

namespace AllianceCompliance.Loading;

/// <summary>A node of the parsed YAML tree, with the position of its first character.</summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, as a message names it: "text", "a mapping", "a list".</summary>
    public abstract LocalizedText Describe();
}

internal sealed class YamlScalar(string value, bool plain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Whether the scalar was written unquoted (only then can it mean null).</summary>
    public bool Plain { get; } = plain;

    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override LocalizedText Describe() =>
        IsNull ? new("an empty value", "空值") : new($"the text '{Value}'", $"文本“{Value}”");
}

/// <summary>A key of a mapping, with the position of its first character, and its value.</summary>
internal readonly record struct YamlEntry(string Key, int KeyLine, int KeyColumn, YamlNode Value);

internal sealed class YamlMapping(YamlEntry[] entries, int line, int column) : YamlNode(line, column)
{
    /// <summary>The entries in file order.</summary>
    public YamlEntry[] Entries { get; } = entries;

    public override LocalizedText Describe() => new("a mapping", "映射");
}

internal sealed class YamlSequence(YamlNode[] items, int line, int column) : YamlNode(line, column)
{
    /// <summary>The items in file order.</summary>
    public YamlNode[] Items { get; } = items;

    public override LocalizedText Describe() => new("a list", "列表");
}

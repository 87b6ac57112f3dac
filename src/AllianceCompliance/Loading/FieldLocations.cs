using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>
/// The locations a <see cref="StrictMappingReader"/> records for its node: where each field's value
/// stands (by key) and each list item (by <c>key[i]</c>), for <see cref="Node.FieldLocations"/>.
/// </summary>
internal sealed class FieldLocations(SourceLocation node)
{
    private readonly Dictionary<string, SourceLocation> recorded = new(StringComparer.Ordinal);

    /// <summary>The locations recorded, for the node.</summary>
    public IReadOnlyDictionary<string, SourceLocation> All => recorded;

    /// <summary>Records where the key's value stands (the first time it is read), and returns it.</summary>
    public SourceLocation Field(string key, YamlNode value)
    {
        if (!recorded.TryGetValue(key, out var location))
        {
            location = new($"{node.Path}.{key}", value.Line, value.Column);
            recorded[key] = location;
        }

        return location;
    }

    /// <summary>Records where item <paramref name="index"/> of the list under the key stands, and returns it.</summary>
    public SourceLocation Item(string key, int index, YamlNode item)
    {
        var name = $"{key}[{index}]";
        var location = new SourceLocation($"{node.Path}.{name}", item.Line, item.Column);
        recorded[name] = location;
        return location;
    }

    /// <summary>Where the key's value stands, or the node's location with the key's path when it was not read.</summary>
    public SourceLocation Of(string key) => recorded.TryGetValue(key, out var location) ? location : node.Child(key);
}

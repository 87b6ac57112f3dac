using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// A part of an agreement read from its file. It knows its own location and that of each of its
/// fields, so every finding can point at the line a reviewer has to change.
/// </summary>
public abstract record Node
{
    /// <summary>The location of the mapping or scalar this node was read from.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.Root;

    /// <summary>The location of each field the file gave, by its camelCase key.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>
    /// The location of a field: where its value stands when the file gives it, else this node with
    /// the field's path (a missing field is reported at the mapping that lacks it).
    /// </summary>
    /// <param name="key">The camelCase key of the field.</param>
    /// <returns>The field's location.</returns>
    public SourceLocation At(string key) =>
        FieldLocations.TryGetValue(key, out var location) ? location : Location.Child(key);
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AllianceCompliance.Model;

/// <summary>
/// The field locations of one node: two arrays in file order, searched linearly while they are
/// small (a mapping has a handful of fields) and through a dictionary built on first lookup when
/// they are large (a list's parent holds one location per item). It replaces an immutable AVL tree
/// per mapping, which was one node object per field and most of the model's allocation.
/// </summary>
internal sealed class FieldLocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    private const int LinearLimit = 16;

    private readonly string[] keys;
    private readonly SourceLocation[] values;
    private Dictionary<string, int>? index;

    private FieldLocationMap(string[] keys, SourceLocation[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    public static FieldLocationMap Empty { get; } = new([], []);

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<SourceLocation> Values => values;

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>A map of the fields' and then the items' entries, whose keys are all distinct.</summary>
    public static FieldLocationMap Of(List<KeyValuePair<string, SourceLocation>> fields, List<KeyValuePair<string, SourceLocation>> items)
    {
        var count = fields.Count + items.Count;
        if (count == 0)
        {
            return Empty;
        }

        var keys = new string[count];
        var values = new SourceLocation[count];
        for (var i = 0; i < fields.Count; i++)
        {
            (keys[i], values[i]) = fields[i];
        }

        for (var i = 0; i < items.Count; i++)
        {
            (keys[fields.Count + i], values[fields.Count + i]) = items[i];
        }

        return new FieldLocationMap(keys, values);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (keys.Length <= LinearLimit)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var built = index ??= BuildIndex();
        return built.TryGetValue(key, out var found) ? found : -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var built = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            built[keys[i]] = i;
        }

        return built;
    }
}

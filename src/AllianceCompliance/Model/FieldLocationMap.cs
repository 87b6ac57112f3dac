using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AllianceCompliance.Model;

/// <summary>
/// The field locations of one node: an array of entries in the order read, searched linearly while they are
/// small (a mapping has a handful of fields) and through a dictionary built on first lookup when
/// they are large (a list's parent holds one location per item). It replaces an immutable AVL tree
/// per mapping, which was one node object per field and most of the model's allocation.
/// </summary>
internal sealed class FieldLocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    private const int LinearLimit = 16;

    private readonly KeyValuePair<string, SourceLocation>[] entries;
    private Dictionary<string, int>? index;

    private FieldLocationMap(KeyValuePair<string, SourceLocation>[] entries) => this.entries = entries;

    public static FieldLocationMap Empty { get; } = new([]);

    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public IEnumerable<SourceLocation> Values => entries.Select(e => e.Value);

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>
    /// A map of the first <paramref name="fieldCount"/> fields' and then the items' entries, whose keys
    /// are all distinct. It takes <paramref name="fields"/> as it is when it holds exactly the fields and there are no items.
    /// </summary>
    public static FieldLocationMap Of(KeyValuePair<string, SourceLocation>[] fields, int fieldCount, List<KeyValuePair<string, SourceLocation>>? items)
    {
        var itemCount = items?.Count ?? 0;
        if (fieldCount + itemCount == 0)
        {
            return Empty;
        }

        if (itemCount == 0 && fieldCount == fields.Length)
        {
            return new FieldLocationMap(fields);
        }

        var entries = new KeyValuePair<string, SourceLocation>[fieldCount + itemCount];
        Array.Copy(fields, entries, fieldCount);
        items?.CopyTo(entries, fieldCount);
        return new FieldLocationMap(entries);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? entries[i].Value : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < entries.Length; i++)
        {
            yield return entries[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (entries.Length <= LinearLimit)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
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
        var built = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            built[entries[i].Key] = i;
        }

        return built;
    }
}

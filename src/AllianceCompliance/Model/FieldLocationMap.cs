using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AllianceCompliance.Model;

/// <summary>Where one field's value (<see cref="Index"/> negative) or one list item (<c>key[Index]</c>) stands.</summary>
internal readonly record struct FieldPosition(string Key, int Index, int Line, int Column);

/// <summary>
/// The field locations of one node: an array of positions in the order read, searched linearly while
/// they are small (a mapping has a handful of fields) and through a dictionary built on first lookup
/// when they are large (a list's parent holds one position per item). A location is made when it is
/// looked up: the loader records one for every field and list item, and few are ever reported (one
/// location object per field was a fifth of the model's retained memory).
/// </summary>
internal sealed class FieldLocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    private const int LinearLimit = 16;

    private readonly SourceLocation parent;
    private readonly FieldPosition[] entries;
    private Dictionary<(string Key, int Index), int>? index;

    private FieldLocationMap(SourceLocation parent, FieldPosition[] entries) => (this.parent, this.entries) = (parent, entries);

    public static FieldLocationMap Empty { get; } = new(SourceLocation.Root, []);

    public int Count => entries.Length;

    public IEnumerable<string> Keys => entries.Select(Name);

    public IEnumerable<SourceLocation> Values => entries.Select(Location);

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>
    /// A map below <paramref name="parent"/> of the first <paramref name="fieldCount"/> fields' and then the
    /// items' positions, all distinct. It takes <paramref name="fields"/> as it is when it holds exactly the fields and there are no items.
    /// </summary>
    public static FieldLocationMap Of(SourceLocation parent, FieldPosition[] fields, int fieldCount, List<FieldPosition>? items)
    {
        var itemCount = items?.Count ?? 0;
        if (fieldCount + itemCount == 0)
        {
            return Empty;
        }

        if (itemCount == 0 && fieldCount == fields.Length)
        {
            return new FieldLocationMap(parent, fields);
        }

        var entries = new FieldPosition[fieldCount + itemCount];
        Array.Copy(fields, entries, fieldCount);
        items?.CopyTo(entries, fieldCount);
        return new FieldLocationMap(parent, entries);
    }

    /// <summary>The location of a position below <paramref name="parent"/>.</summary>
    public static SourceLocation Locate(SourceLocation parent, FieldPosition position) =>
        new(parent, position.Key, position.Index, position.Line, position.Column);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? Location(entries[i]) : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < entries.Length; i++)
        {
            yield return new(Name(entries[i]), Location(entries[i]));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Name(FieldPosition entry) =>
        entry.Index < 0 ? entry.Key : string.Create(CultureInfo.InvariantCulture, $"{entry.Key}[{entry.Index}]");

    private SourceLocation Location(FieldPosition entry) => Locate(parent, entry);

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var item = Split(key, out var name);
        if (item < -1)
        {
            return -1;
        }

        if (entries.Length <= LinearLimit)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (entries[i].Index == item && name.Equals(entries[i].Key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var built = index ??= BuildIndex();
        return built.TryGetValue((name.ToString(), item), out var found) ? found : -1;
    }

    /// <summary>A key's item index and name: <c>name</c> is -1, <c>name[3]</c> is 3 (and the name before the bracket); a malformed index is -2.</summary>
    private static int Split(string key, out ReadOnlySpan<char> name)
    {
        name = key;
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !key.EndsWith(']'))
        {
            return -1;
        }

        var digits = key.AsSpan(open + 1, key.Length - open - 2);
        if (digits is [>= '0' and <= '9', ..] && (digits.Length == 1 || digits[0] != '0')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            name = key.AsSpan(0, open);
            return i;
        }

        return -2;
    }

    private Dictionary<(string Key, int Index), int> BuildIndex()
    {
        var built = new Dictionary<(string Key, int Index), int>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            built[(entries[i].Key, entries[i].Index)] = i;
        }

        return built;
    }
}

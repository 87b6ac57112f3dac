using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AllianceCompliance.Model;

/// <summary>Where a field's value starts.</summary>
internal readonly record struct FieldPosition(string Key, int Line, int Column);

/// <summary>Where a list item starts.</summary>
internal readonly record struct ItemPosition(int Line, int Column);

/// <summary>The positions of one list's items, in order: item <c>i</c> of <see cref="Key"/> is <c>Items[i]</c>.</summary>
internal sealed record ItemPositions(string Key, ItemPosition[] Items);

/// <summary>
/// The field locations of one node: its fields' positions in the order read (a handful, searched
/// linearly) and, for each list it holds, its items' positions in item order (found by index, so a
/// list of any length needs no table). A location is made when it is looked up: the loader records
/// one for every field and list item, and few are ever reported (one location object per field was
/// a fifth of the model's retained memory, and a position with its key per item of a 10,000-item
/// list was an array on the large object heap).
/// </summary>
internal sealed class FieldLocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    private readonly SourceLocation parent;
    private readonly FieldPosition[] fields;
    private readonly int fieldCount;
    private readonly ItemPositions[] lists;

    private FieldLocationMap(SourceLocation parent, FieldPosition[] fields, int fieldCount, ItemPositions[] lists) =>
        (this.parent, this.fields, this.fieldCount, this.lists) = (parent, fields, fieldCount, lists);

    public static FieldLocationMap Empty { get; } = new(SourceLocation.Root, [], 0, []);

    public int Count => fieldCount + lists.Sum(l => l.Items.Length);

    public IEnumerable<string> Keys => this.Select(e => e.Key);

    public IEnumerable<SourceLocation> Values => this.Select(e => e.Value);

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>
    /// A map below <paramref name="parent"/> of the first <paramref name="fieldCount"/> of
    /// <paramref name="fields"/> (kept, not copied) and of the lists' items; all keys distinct.
    /// </summary>
    public static FieldLocationMap Of(SourceLocation parent, FieldPosition[] fields, int fieldCount, List<ItemPositions>? lists) =>
        fieldCount == 0 && lists is null or { Count: 0 } ? Empty : new(parent, fields, fieldCount, lists?.ToArray() ?? []);

    /// <summary>The location of a field below <paramref name="parent"/>.</summary>
    public static SourceLocation Locate(SourceLocation parent, FieldPosition field) =>
        new(parent, field.Key, -1, field.Line, field.Column);

    /// <summary>The location of item <paramref name="index"/> of list <paramref name="key"/> below <paramref name="parent"/>.</summary>
    public static SourceLocation Locate(SourceLocation parent, string key, int index, ItemPosition item) =>
        new(parent, key, index, item.Line, item.Column);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = null;
        var index = Split(key, out var name);
        if (index == -1)
        {
            for (var i = 0; i < fieldCount; i++)
            {
                if (string.Equals(fields[i].Key, key, StringComparison.Ordinal))
                {
                    value = Locate(parent, fields[i]);
                    return true;
                }
            }
        }
        else if (index >= 0)
        {
            foreach (var list in lists)
            {
                if (name.Equals(list.Key, StringComparison.Ordinal) && index < list.Items.Length)
                {
                    value = Locate(parent, list.Key, index, list.Items[index]);
                    return true;
                }
            }
        }

        return false;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < fieldCount; i++)
        {
            yield return new(fields[i].Key, Locate(parent, fields[i]));
        }

        foreach (var list in lists)
        {
            for (var i = 0; i < list.Items.Length; i++)
            {
                yield return new(string.Create(CultureInfo.InvariantCulture, $"{list.Key}[{i}]"), Locate(parent, list.Key, i, list.Items[i]));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

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
}

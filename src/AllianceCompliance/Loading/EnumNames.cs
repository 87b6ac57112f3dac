using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// The names one enum's values are written with in agreement files (kebab-case of the member name),
/// in declaration order; a value is read as its index. The readers take this table, not the enum
/// type: a generic virtual method over a value type (a reader's <c>Enum&lt;TEnum&gt;</c> overridden
/// by each reader) is never precompiled by ReadyToRun, and every first load of a cold check JIT-compiled
/// about 110 methods for it.
/// </summary>
internal sealed class EnumNames
{
    private readonly string[] written;
    private LocalizedText? explained;

    private EnumNames(string typeName, string[] written)
    {
        TypeName = typeName;
        this.written = written;
    }

    /// <summary>The enum's type name, as the string table's <c>Value.{enum}.{value}</c> keys name it.</summary>
    public string TypeName { get; }

    /// <summary>Every written name, in declaration order.</summary>
    public IReadOnlyList<string> Names => written;

    /// <summary>
    /// The values to type, in order, each explained in the reader's language beside it (the string
    /// table's <c>Value.{enum}.{value}</c>): <c>accountability（问责）、audit（审计）</c>.
    /// </summary>
    public LocalizedText Explained => explained ??= Explain();

    /// <summary>The table of an enum type.</summary>
    public static EnumNames Of<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Names;

    /// <summary>The value of an enum type at an index of its table.</summary>
    public static TEnum ValueAt<TEnum>(int index)
        where TEnum : struct, Enum => Table<TEnum>.Values[index];

    /// <summary>How a value is written: kebab-case of its member name (<c>ResearchInstitute</c>, <c>research-institute</c>).</summary>
    public static string Write(Enum value) => Kebab(value.ToString());

    /// <summary>The index of a written name; -1 when no value is written so.</summary>
    public int IndexOf(ReadOnlySpan<char> name)
    {
        // A handful of values: a scan is as fast as a hashed lookup.
        for (var i = 0; i < written.Length; i++)
        {
            if (name.SequenceEqual(written[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value whose explanation in Chinese was written instead of it (<c>企业</c> for <c>enterprise</c>), if any.</summary>
    public string? Translated(string text)
    {
        foreach (var name in written)
        {
            var chinese = Words.Get($"Value.{TypeName}.{name}", Language.Chinese);
            if (chinese.Length == name.Length + text.Length + 2 && chinese.AsSpan(name.Length + 1, text.Length).SequenceEqual(text))
            {
                return name;
            }
        }

        return null;
    }

    private LocalizedText Explain()
    {
        var values = written.Order(StringComparer.Ordinal).Select(v => Words.Get($"Value.{TypeName}.{v}")).ToList();
        return new(
            string.Join(Words.ValueSeparator.English, values.Select(v => v.English)),
            string.Join(Words.ValueSeparator.Chinese, values.Select(v => v.Chinese)));
    }

    private static string Kebab(string memberName)
    {
        var kebab = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            if (char.IsUpper(memberName[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(memberName[i]));
        }

        return kebab.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] Values = Enum.GetValues<TEnum>();
        public static readonly EnumNames Names = new(typeof(TEnum).Name, Array.ConvertAll(Enum.GetNames<TEnum>(), Kebab));
    }
}

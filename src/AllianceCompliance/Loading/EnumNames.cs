using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>The names enum values are written with in agreement files: kebab-case of the member name.</summary>
/// <remarks>
/// Each enum has a handful of values, so a scan of two arrays is as fast as a hashed lookup, and it
/// needs no framework collection instantiated over <typeparamref name="TEnum"/>: ReadyToRun cannot
/// precompile those, and building frozen dictionaries for every enum cost the first load of a
/// cold start about as much as the rest of reading the file.
/// </remarks>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Written = WriteAll();

    /// <summary>Every written name, in declaration order.</summary>
    public static IReadOnlyList<string> Names => Written;

    /// <summary>
    /// The values to type, in order, each explained in the reader's language beside it (the string
    /// table's <c>Value.{enum}.{value}</c>): <c>accountability（问责）、audit（审计）</c>.
    /// </summary>
    public static LocalizedText Explained => explained ??= Explain();

    private static LocalizedText? explained;

    /// <summary>The value whose explanation in Chinese was written instead of it (<c>企业</c> for <c>enterprise</c>), if any.</summary>
    public static string? Translated(string written)
    {
        foreach (var name in Written)
        {
            var chinese = Words.Get($"Value.{typeof(TEnum).Name}.{name}", Language.Chinese);
            if (chinese.Length == name.Length + written.Length + 2 && chinese.AsSpan(name.Length + 1, written.Length).SequenceEqual(written))
            {
                return name;
            }
        }

        return null;
    }

    private static LocalizedText Explain()
    {
        var values = Written.Order(StringComparer.Ordinal).Select(v => Words.Get($"Value.{typeof(TEnum).Name}.{v}")).ToList();
        return new(
            string.Join(Words.ValueSeparator.English, values.Select(v => v.English)),
            string.Join(Words.ValueSeparator.Chinese, values.Select(v => v.Chinese)));
    }

    public static bool TryParse(ReadOnlySpan<char> name, out TEnum value)
    {
        for (var i = 0; i < Written.Length; i++)
        {
            if (name.SequenceEqual(Written[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Write(TEnum value) => EnumNames.Write(value);

    private static string[] WriteAll()

    {
        var written = new string[Values.Length];
        for (var i = 0; i < Values.Length; i++)
        {
            written[i] = Write(Values[i]);
        }

        return written;
    }
}

/// <summary>The written name of any enum value (for callers that do not know its type statically).</summary>
internal static class EnumNames
{
    /// <summary>The value as written in agreement files: kebab-case of its member name.</summary>
    public static string Write(Enum value)
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }
}

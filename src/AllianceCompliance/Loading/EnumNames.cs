using System.Collections.Frozen;
using System.Text;

namespace AllianceCompliance.Loading;

/// <summary>The names enum values are written with in agreement files: kebab-case of the member name.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    public static FrozenDictionary<string, TEnum> ByName { get; } =
        Enum.GetValues<TEnum>().ToFrozenDictionary(Write, v => v, StringComparer.Ordinal);

    public static string Allowed { get; } = string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

    public static string Write(TEnum value)
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

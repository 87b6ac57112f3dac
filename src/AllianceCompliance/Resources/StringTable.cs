using System.Globalization;
using System.Reflection;
using System.Resources;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Resources;

/// <summary>
/// A pair of string tables with the same keys, one per language (<c>English.resx</c> and
/// <c>Chinese.resx</c>), embedded in an assembly and read with the invariant culture: no satellite
/// assembly, no process-wide culture (<see cref="Words"/> says why).
/// </summary>
/// <param name="assembly">The assembly that embeds both tables.</param>
/// <param name="folder">The tables' namespace and folder, such as <c>AllianceCompliance.Resources</c>.</param>
internal sealed class StringTable(Assembly assembly, string folder)
{
    private readonly ResourceManager english = new($"{folder}.English", assembly);
    private readonly ResourceManager chinese = new($"{folder}.Chinese", assembly);

    /// <summary>The text of a key in both languages.</summary>
    /// <exception cref="KeyNotFoundException">A table lacks the key.</exception>
    public LocalizedText Get(string key) => new(Read(english, key), Read(chinese, key));

    /// <summary>The text of a key in one language.</summary>
    public string Get(string key, Language language) => Read(Table(language), key);

    /// <summary>Every key of a language's table (for the tests).</summary>
    public IEnumerable<string> Keys(Language language) =>
        Table(language).GetResourceSet(CultureInfo.InvariantCulture, true, false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    private ResourceManager Table(Language language) => language == Language.Chinese ? chinese : english;

    private static string Read(ResourceManager table, string key) =>
        table.GetString(key, CultureInfo.InvariantCulture) ?? throw new KeyNotFoundException($"The string table lacks '{key}'.");
}

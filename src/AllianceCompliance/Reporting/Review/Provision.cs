using System.Collections.Immutable;
using AllianceCompliance.Findings;
using Newtonsoft.Json;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// The wording of the provision a condition encodes (Guiding Opinions Art. 8 items, the agreement
/// templates' general clauses, the pilot procedure), in both languages, as the memo quotes it.
/// The texts are data: <c>Provisions.json</c>, embedded in the assembly.
/// </summary>
/// <param name="Condition">The condition's id (<see cref="ConditionId"/>).</param>
/// <param name="Citation">The provision, as each language cites it.</param>
/// <param name="Text">Its wording.</param>
internal sealed record Provision(string Condition, LocalizedText Citation, LocalizedText Text)
{
    private static readonly Lazy<ImmutableArray<Provision>> Loaded = new(Load);

    /// <summary>Every provision, one per condition.</summary>
    public static ImmutableArray<Provision> All => Loaded.Value;

    /// <summary>The provision a condition encodes.</summary>
    public static Provision Of(string condition) =>
        All.FirstOrDefault(p => p.Condition == condition)
        ?? throw new InvalidOperationException($"Provisions.json has no provision for condition '{condition}'.");

    private static ImmutableArray<Provision> Load()
    {
        using var stream = typeof(Provision).Assembly.GetManifestResourceStream("AllianceCompliance.Reporting.Review.Provisions.json")
            ?? throw new InvalidOperationException("The embedded resource Provisions.json is missing.");
        using var reader = new StreamReader(stream);
        return [.. JsonConvert.DeserializeObject<Provision[]>(reader.ReadToEnd())!];
    }
}

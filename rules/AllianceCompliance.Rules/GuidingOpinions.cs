using AllianceCompliance.Engine;

namespace AllianceCompliance.Rules;

/// <summary>
/// The rule set of the Guiding Opinions on Promoting the Establishment of Industrial Technology
/// Innovation Strategic Alliances (Guo Ke Fa Zheng [2008] No. 770), with the general clauses and
/// the pilot application dossier that the pilot procedure adds.
/// </summary>
public static class GuidingOpinions
{
    /// <summary>The rule set's id in reports.</summary>
    public const string Id = "guiding-opinions-2008";

    /// <summary>The rule set's version; rule ids are stable across versions.</summary>
    public const string Version = "1.0.0";

    private static readonly Lazy<RuleSet> Compiled = new(
        () => RuleSet.Compile(Id, Version, typeof(GuidingOpinions).Assembly), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled rule set, compiled on first use and shared after that.</summary>
    public static RuleSet RuleSet => Compiled.Value;
}

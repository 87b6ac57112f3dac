using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>Loads YAML text and describes the load errors as <c>ruleId line:column path</c>.</summary>
internal static class Load
{
    public static LoadResult Text(string yaml, LoadLimits? limits = null) => new AgreementLoader(limits).Load(yaml);

    public static IReadOnlyList<string> Errors(string yaml, LoadLimits? limits = null) =>
        [.. Text(yaml, limits).Errors.Select(Describe)];

    public static string Describe(Finding f) => $"{f.RuleId} {f.Location.Line}:{f.Location.Column} {f.Location.Path}";
}

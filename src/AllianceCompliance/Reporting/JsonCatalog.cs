using AllianceCompliance.Findings;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Reporting;

/// <summary>The rule catalogue as JSON: <c>{ "rules": [ { "id", "condition", "severity", "basis", "citation", "rationale", "title": { "en", "zh-CN" }, ... } ] }</c>.</summary>
internal static class JsonCatalog
{
    public static void Write(IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        var catalog = new JObject
        {
            ["rules"] = new JArray(rules.Select(rule => new JObject
            {
                ["id"] = rule.Id,
                ["condition"] = rule.Condition,
                ["severity"] = WireNames.Of(rule.Severity),
                ["basis"] = WireNames.Of(rule.Basis),
                ["citation"] = Both(new(ReportWords.Citation(rule, Language.English), ReportWords.Citation(rule, Language.Chinese))),
                ["rationale"] = rule.Rationale is null ? null : Both(rule.Rationale),
                ["title"] = Both(rule.Title),
                ["message"] = Both(rule.Message),
                ["remediation"] = Both(rule.Remediation),
                ["phrases"] = new JArray(rule.Phrases),
                ["expects"] = new JArray(rule.Expects),
            })),
        };
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        catalog.WriteTo(json);
        json.Flush();
        output.WriteLine();
    }

    private static JObject Both(LocalizedText text) => new()
    {
        [WireNames.Of(Language.English)] = text.English,
        [WireNames.Of(Language.Chinese)] = text.Chinese,
    };
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Resources;
using AllianceCompliance.Model;

namespace AllianceCompliance.Waivers;

/// <summary>
/// Reads a waivers file with the agreement loader's strict YAML reader: unknown keys, missing keys,
/// wrong types, bad dates and unknown rule ids are located findings.
/// </summary>
internal static partial class WaiverReader
{
    public static ImmutableArray<Waiver> Read(string text, IReadOnlySet<string> ruleIds, List<Finding> errors, LoadLimits limits)
    {
        if (YamlReader.Read(text, limits, errors) is not { } root || MappingReader.Open(errors, root, "$") is not { } mapping)
        {
            return [];
        }

        var entries = mapping.List("waivers", (r, _) => Entry(r, ruleIds, errors), required: true);
        mapping.Finish(new WaiverEntry(null));
        return [.. entries.Select(e => e.Waiver).OfType<Waiver>()];
    }

    private static WaiverEntry Entry(MappingReader r, IReadOnlySet<string> ruleIds, List<Finding> errors)
    {
        var rule = r.Text("rule", required: true);
        var document = r.Text("document");
        var path = r.Text("path");
        var justification = r.Text("justification", required: true);
        var expires = r.Date("expires", required: true);
        var valid = rule is not null && justification is not null && expires is not null;

        void Invalid(string key, LocalizedText why)
        {
            errors.Add(WaiverRules.Invalid.At(r.LocationOf(key), null, why));
            valid = false;
        }

        if (rule is not null && !ruleIds.Contains(rule))
        {
            Invalid("rule", Hint(Words.NotRuleId.Format(rule), rule, ruleIds));
        }

        if (path is not null && !YamlPath().IsMatch(path))
        {
            Invalid("path", Words.NotYamlPath.Format(path));
        }

        if (justification is not null && string.IsNullOrWhiteSpace(justification))
        {
            Invalid("justification", Words.EmptyJustification);
        }

        return new WaiverEntry(valid ? new Waiver(rule!, justification!.Trim(), expires) { Document = document, Path = path, Location = r.Location } : null);
    }

    /// <summary>A message about an unknown rule id, with the id probably meant.</summary>
    internal static LocalizedText Hint(LocalizedText text, string rule, IEnumerable<string> ruleIds)
    {
        var hint = KeySuggestion.Hint(rule, ruleIds);
        return new(text.English + hint.English, text.Chinese + hint.Chinese);
    }

    [GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlPath();
}

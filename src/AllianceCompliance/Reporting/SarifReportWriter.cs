using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes SARIF 2.1.0 (<c>--format sarif</c>) for code-scanning services: one run, the metadata of
/// every rule that found something, a result per finding at its file, line and column (and its
/// YAML path as a logical location), waived findings as external suppressions, and each document as
/// an artifact with its SHA-256.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    internal const string InformationUri = "https://github.com/alliance-compliance/AllianceCompliance";
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public string Format => "sarif";

    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language;
        var rules = report.Documents.SelectMany(d => d.Findings).Select(f => f.Rule)
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var results = new JArray();
        for (var index = 0; index < report.Documents.Length; index++)
        {
            var document = report.Documents[index];
            foreach (var finding in document.Findings)
            {
                results.Add(Result(finding, ruleIndex[finding.RuleId], document, index, language));
            }

            foreach (var gone in document.Fixed ?? [])
            {
                results.Add(Absent(gone, document, index));
            }
        }

        var sarif = new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "alliance-check",
                        ["version"] = report.ToolVersion,
                        ["informationUri"] = InformationUri,
                        ["language"] = WireNames.Of(language),
                        ["rules"] = new JArray(rules.Select(r => Rule(r, language))),
                    },
                },
                ["language"] = WireNames.Of(language),
                ["columnKind"] = "utf16CodeUnits",
                ["artifacts"] = new JArray(report.Documents.Select(Artifact)),
                ["results"] = results,
                ["properties"] = new JObject { ["ruleSet"] = report.RuleSetId, ["ruleSetVersion"] = report.RuleSetVersion },
            }),
        };

        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        sarif.WriteTo(json);
        json.Flush();
        output.WriteLine();
    }

    private static JObject Rule(RuleDescriptor rule, Language language)
    {
        var title = rule.Title.In(language);
        var citation = ReportWords.Citation(rule, language);
        var condition = rule.Condition is not { } id ? Words.LoadError.In(language)
            : ReportWords.Say(Words.SarifCondition, language, ReportWords.Name(Condition.Get(id), language), Condition.Get(id).Title.In(language));
        var remediation = rule.Remediation.In(language);
        var properties = new JObject
        {
            ["condition"] = rule.Condition ?? "load",
            ["citation"] = citation,
            ["tags"] = new JArray("compliance", rule.Condition is null ? "load" : "condition-" + rule.Condition),
        };
        return new JObject
        {
            ["id"] = rule.Id,
            ["name"] = Name(rule.Title.English),
            ["shortDescription"] = new JObject { ["text"] = title },
            ["fullDescription"] = new JObject { ["text"] = ReportWords.Say(Words.SarifFullDescription, language, title, condition, citation) },
            ["help"] = new JObject
            {
                ["text"] = ReportWords.Say(Words.SarifHelp, language, remediation, citation),
                ["markdown"] = ReportWords.Say(Words.SarifHelpMarkdown, language, MarkdownText.Escape(remediation), MarkdownText.Escape(citation)),
            },
            ["helpUri"] = $"{InformationUri}/blob/main/rules/RULES.md#{rule.Id.ToLowerInvariant()}",
            ["defaultConfiguration"] = new JObject { ["level"] = Level(rule.Severity) },
            ["properties"] = properties,
        };
    }

    private static JObject Result(Finding finding, int ruleIndex, DocumentReport document, int artifactIndex, Language language)
    {
        var location = finding.Location;
        var result = new JObject
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(finding.Severity),
            ["message"] = new JObject { ["text"] = finding.Message.In(language) },
            ["locations"] = new JArray(new JObject
            {
                ["physicalLocation"] = new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = Uri(document.Path), ["index"] = artifactIndex },
                    ["region"] = new JObject { ["startLine"] = Math.Max(1, location.Line), ["startColumn"] = Math.Max(1, location.Column) },
                },
                ["logicalLocations"] = new JArray(new JObject { ["fullyQualifiedName"] = location.Path }),
            }),
            ["partialFingerprints"] = new JObject { ["yamlPath/v1"] = location.Path, ["allianceCheck/v1"] = Fingerprint.Of(finding) },
            ["properties"] = new JObject
            {
                ["condition"] = finding.Condition ?? "load",
                ["citation"] = ReportWords.Citation(finding.Rule, language),
                ["remediation"] = finding.Remediation.In(language),
            },
        };

        if (finding.Clause is not null)
        {
            result["properties"]!["clause"] = finding.Clause;
        }

        if (WireNames.Of(finding.BaselineState) is { } state)
        {
            result["baselineState"] = state;
        }

        if (finding.Waiver is { } waiver)
        {
            result["suppressions"] = new JArray(new JObject
            {
                ["kind"] = "external",
                ["status"] = "accepted",
                ["justification"] = waiver.Justification,
            });
        }

        return result;
    }

    /// <summary>A finding of the baseline that this run no longer has (SARIF's <c>absent</c>), where the baseline had it.</summary>
    private static JObject Absent(BaselineFinding gone, DocumentReport document, int artifactIndex) => new()
    {
        ["ruleId"] = gone.RuleId,
        ["kind"] = "pass",
        ["level"] = "none",
        ["message"] = new JObject { ["text"] = gone.Message },
        ["locations"] = new JArray(new JObject
        {
            ["physicalLocation"] = new JObject
            {
                ["artifactLocation"] = new JObject { ["uri"] = Uri(document.Path), ["index"] = artifactIndex },
                ["region"] = new JObject { ["startLine"] = Math.Max(1, gone.Line), ["startColumn"] = Math.Max(1, gone.Column) },
            },
            ["logicalLocations"] = new JArray(new JObject { ["fullyQualifiedName"] = gone.Path }),
        }),
        ["partialFingerprints"] = new JObject { ["yamlPath/v1"] = gone.Path, ["allianceCheck/v1"] = gone.Fingerprint },
        ["baselineState"] = "absent",
    };

    private static JObject Artifact(DocumentReport document)
    {
        var artifact = new JObject
        {
            ["location"] = new JObject { ["uri"] = Uri(document.Path) },
            ["roles"] = new JArray("analysisTarget"),
            ["mimeType"] = "application/yaml",
        };
        if (document.Sha256 is not null)
        {
            artifact["hashes"] = new JObject { ["sha-256"] = document.Sha256 };
        }

        return artifact;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A path as a URI reference: relative paths stay relative (with <c>/</c>), rooted ones become <c>file:</c> URIs.</summary>
    internal static string Uri(string path)
    {
        var normalized = path.Replace('\\', '/');
        var escaped = string.Join('/', normalized.Split('/').Select(segment =>
            segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]) ? segment : System.Uri.EscapeDataString(segment)));
        return !Path.IsPathFullyQualified(path) ? escaped
            : normalized.StartsWith('/') ? "file://" + escaped
            : "file:///" + escaped;
    }

    /// <summary>A rule's name in SARIF's PascalCase style, from its English title.</summary>
    private static string Name(string title) => string.Concat(
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string([.. word.Where(char.IsLetterOrDigit)]))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));
}

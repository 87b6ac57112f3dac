using System.Collections.Immutable;
using AllianceCompliance.Findings;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes the JSON report of the report contract (<c>--format json</c>): the report is mapped to the
/// records below, whose properties are the contract's fields in its order, and serialised with
/// Newtonsoft.Json (which reads them by reflection and needs no dynamic code).
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        Formatting = Formatting.Indented,
    });

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language;
        var json = new JsonReport(
            "1",
            new("alliance-check", report.ToolVersion),
            new(report.RuleSetId, report.RuleSetVersion),
            WireNames.Of(language),
            [.. report.Documents.Select(d => JsonDocument.Of(d, language))],
            report.Summary);
        using (var writer = new JsonTextWriter(output) { CloseOutput = false })
        {
            Serializer.Serialize(writer, json);
        }

        output.WriteLine();
    }

    private sealed record JsonReport(
        string SchemaVersion, JsonTool Tool, JsonRuleSet RuleSet, string Language, ImmutableArray<JsonDocument> Documents, ReportSummary Summary);

    private sealed record JsonTool(string Name, string Version);

    private sealed record JsonRuleSet(string Id, string Version);

    private sealed record JsonDocument(
        string Path,
        string? Sha256,
        string? Alliance,
        string Verdict,
        ImmutableArray<JsonCondition> Conditions,
        ImmutableArray<JsonFinding> Findings,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] ImmutableArray<BaselineFinding>? Fixed,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] bool? InBaseline,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? BaselinePath,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] bool? WaiversFile)
    {
        public static JsonDocument Of(DocumentReport document, Language language) => new(
            document.Path,
            document.Sha256,
            document.Alliance,
            WireNames.Of(document.Verdict),
            [.. document.Conditions.Select(c => new JsonCondition(c.Condition.Id, c.Condition.Title.In(language), WireNames.Of(c.Status), c.Findings))],
            [.. document.Findings.Select(f => JsonFinding.Of(f, language))],
            document.Fixed,
            document.Fixed is null ? null : !document.NotInBaseline,
            document.BaselinePath,
            document.IsWaivers ? true : null);
    }

    private sealed record JsonCondition(string Id, string Title, string Status, int Findings);

    /// <summary>A member, body or consortium a finding's message names, as the file gives it.</summary>
    private sealed record JsonSubject(
        string Id,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Name,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? LocalName);

    private sealed record JsonFinding(
        string RuleId,
        string? Condition,
        string Severity,
        string Title,
        string Message,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] ImmutableArray<JsonSubject>? Subjects,
        string Path,
        int Line,
        int Column,
        string Citation,
        string? Clause,
        string Remediation,
        bool Waived,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Justification,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] ImmutableArray<string>? Evidence,
        string Fingerprint,
        [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? BaselineState)
    {
        public static JsonFinding Of(Finding finding, Language language) => new(
            finding.RuleId,
            finding.Condition,
            WireNames.Of(finding.Severity),
            finding.Rule.Title.In(language),
            finding.Message.In(language),
            finding.Subjects.IsEmpty ? null : [.. finding.Subjects.Select(s => new JsonSubject(s.Id, s.Name, s.LocalName))],
            finding.Location.Path,
            finding.Location.Line,
            finding.Location.Column,
            ReportWords.Citation(finding.Rule, language),
            finding.Clause,
            finding.Remediation.In(language),
            finding.Waived,
            finding.Waiver?.Justification,
            finding.Evidence.IsEmpty ? null : [.. finding.Evidence.Select(e => e.In(language))],
            Reporting.Fingerprint.Of(finding),
            WireNames.Of(finding.BaselineState));
    }
}

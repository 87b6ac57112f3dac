using AllianceCompliance.Findings;
using Newtonsoft.Json;

namespace AllianceCompliance.Reporting;

/// <summary>Writes the JSON report of the report contract (<c>--format json</c>).</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("schemaVersion");
        json.WriteValue("1");
        json.WritePropertyName("tool");
        json.WriteStartObject();
        Property(json, "name", "alliance-check");
        Property(json, "version", report.ToolVersion);
        json.WriteEndObject();
        json.WritePropertyName("ruleSet");
        json.WriteStartObject();
        Property(json, "id", report.RuleSetId);
        Property(json, "version", report.RuleSetVersion);
        json.WriteEndObject();
        json.WritePropertyName("language");
        json.WriteValue(WireNames.Of(options.Language));
        json.WritePropertyName("documents");
        json.WriteStartArray();
        foreach (var document in report.Documents)
        {
            WriteDocument(json, document, options.Language);
        }

        json.WriteEndArray();
        WriteSummary(json, report.Summary);
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void WriteDocument(JsonWriter json, DocumentReport document, Language language)
    {
        json.WriteStartObject();
        Property(json, "path", document.Path);
        Property(json, "sha256", document.Sha256);
        Property(json, "alliance", document.Alliance);
        Property(json, "verdict", WireNames.Of(document.Verdict));
        json.WritePropertyName("conditions");
        json.WriteStartArray();
        foreach (var result in document.Conditions)
        {
            json.WriteStartObject();
            Property(json, "id", result.Condition.Id);
            Property(json, "title", result.Condition.Title.In(language));
            Property(json, "status", WireNames.Of(result.Status));
            json.WritePropertyName("findings");
            json.WriteValue(result.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var finding in document.Findings)
        {
            WriteFinding(json, finding, language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(JsonWriter json, Finding finding, Language language)
    {
        json.WriteStartObject();
        Property(json, "ruleId", finding.RuleId);
        Property(json, "condition", finding.Condition);
        Property(json, "severity", WireNames.Of(finding.Severity));
        Property(json, "title", finding.Rule.Title.In(language));
        Property(json, "message", finding.Message.In(language));
        Property(json, "path", finding.Location.Path);
        json.WritePropertyName("line");
        json.WriteValue(finding.Location.Line);
        json.WritePropertyName("column");
        json.WriteValue(finding.Location.Column);
        Property(json, "citation", finding.Rule.Citation.In(language));
        Property(json, "clause", finding.Clause);
        Property(json, "remediation", finding.Rule.Remediation.In(language));
        json.WritePropertyName("waived");
        json.WriteValue(finding.Waived);
        if (finding.Waiver is { } waiver)
        {
            Property(json, "justification", waiver.Justification);
        }

        if (!finding.Evidence.IsEmpty)
        {
            json.WritePropertyName("evidence");
            json.WriteStartArray();
            foreach (var fact in finding.Evidence)
            {
                json.WriteValue(fact);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteSummary(JsonWriter json, ReportSummary summary)
    {
        json.WritePropertyName("summary");
        json.WriteStartObject();
        foreach (var (name, value) in new[]
        {
            ("documents", summary.Documents), ("compliant", summary.Compliant),
            ("compliantWithWarnings", summary.CompliantWithWarnings), ("nonCompliant", summary.NonCompliant),
            ("invalid", summary.Invalid), ("errors", summary.Errors), ("warnings", summary.Warnings),
        })
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }

        json.WriteEndObject();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}

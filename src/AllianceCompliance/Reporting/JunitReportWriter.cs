using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes JUnit XML (<c>--format junit</c>) for CI dashboards: a test suite per document, a test case
/// for loading it and one per condition. A condition not met fails with its errors; warnings and
/// waived findings are listed in <c>system-out</c>; a condition not assessed is skipped; a document
/// that cannot be read errors with its load errors.
/// </summary>
internal sealed class JunitReportWriter : IReportWriter
{
    public string Format => "junit";

    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var suites = report.Documents.Select(d => Suite(d, report, options.Language)).ToList();
        var root = new XElement("testsuites", new XAttribute("name", "alliance-check"));
        AddCounts(root, suites);
        root.Add(suites);

        // The declaration names UTF-8 whatever the writer's own encoding: the CLI writes UTF-8.
        output.WriteLine("""<?xml version="1.0" encoding="utf-8"?>""");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(output, settings))
        {
            root.WriteTo(xml);
        }

        output.WriteLine();
    }

    private static XElement Suite(DocumentReport document, CheckReport report, Language language)
    {
        var suite = new XElement("testsuite", new XAttribute("name", XmlText.Clean(document.Path)));
        var properties = new XElement("properties", Property("verdict", WireNames.Of(document.Verdict)));
        if (document.Alliance is not null)
        {
            properties.Add(Property("alliance", document.Alliance));
        }

        if (document.Sha256 is not null)
        {
            properties.Add(Property("sha256", document.Sha256));
        }

        properties.Add(Property("ruleSet", $"{report.RuleSetId} {report.RuleSetVersion}"));
        var cases = new List<XElement>();
        var loadErrors = document.Findings.Where(f => f.Condition is null).ToList();
        var load = Case(document, Words.LoadCase.In(language));
        if (document.Verdict == Verdict.Invalid || loadErrors.Any(f => !f.Waived && f.Severity == Severity.Error))
        {
            var first = loadErrors.FirstOrDefault();
            load.Add(new XElement(
                "error",
                new XAttribute("type", WireNames.Of(Verdict.Invalid)),
                new XAttribute("message", XmlText.Clean(first is null ? ReportWords.Of(Verdict.Invalid, language) : $"{first.RuleId} {first.Message.In(language)}")),
                XmlText.Clean(Describe(document, loadErrors, language))));
        }

        cases.Add(load);
        cases.AddRange(document.Conditions.Select(result => ConditionCase(document, result, language)));
        suite.Add(properties);
        suite.Add(cases);
        AddCounts(suite, [suite]);
        return suite;
    }

    private static XElement ConditionCase(DocumentReport document, ConditionResult result, Language language)
    {
        var testCase = Case(document, ReportWords.Heading(result.Condition, language));
        var findings = document.Findings.Where(f => f.Condition == result.Condition.Id).ToList();
        var failing = findings.Where(f => !f.Waived && f.Severity == Severity.Error).ToList();
        var other = findings.Except(failing).ToList();
        if (result.Status == ConditionStatus.NotAssessed)
        {
            testCase.Add(new XElement("skipped", new XAttribute("message", ReportWords.Of(result.Status, language))));
            return testCase;
        }

        if (result.Status == ConditionStatus.NotMet && failing.Count > 0)
        {
            var more = failing.Count > 1 ? ReportWords.Say(Words.AndMore, language, failing.Count - 1) : string.Empty;
            testCase.Add(new XElement(
                "failure",
                new XAttribute("type", WireNames.Of(result.Status)),
                new XAttribute("message", XmlText.Clean($"{failing[0].RuleId} {failing[0].Message.In(language)}{more}")),
                XmlText.Clean(Describe(document, failing, language))));
        }

        if (other.Count > 0)
        {
            testCase.Add(new XElement("system-out", XmlText.Clean(Describe(document, other, language))));
        }

        return testCase;
    }

    private static XElement Case(DocumentReport document, string name) =>
        new("testcase", new XAttribute("classname", XmlText.Clean(document.Path)), new XAttribute("name", XmlText.Clean(name)));

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", XmlText.Clean(value)));

    private static void AddCounts(XElement element, IReadOnlyCollection<XElement> suites)
    {
        int Count(string name) => suites.Sum(s => s.Elements("testcase").Count(c => c.Element(name) is not null));
        element.Add(
            new XAttribute("tests", suites.Sum(s => s.Elements("testcase").Count())),
            new XAttribute("failures", Count("failure")),
            new XAttribute("errors", Count("error")),
            new XAttribute("skipped", Count("skipped")));
    }

    /// <summary>Findings in the text report's shape: a compiler-style line, then citation, remediation and waiver.</summary>
    private static string Describe(DocumentReport document, IEnumerable<Finding> findings, Language language)
    {
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ReportWords.Position(document, finding)}: {ReportWords.Of(finding.Severity, language)}{ReportWords.Waived(finding, language)} {finding.RuleId} {finding.Message.In(language)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    {ReportWords.Label(Words.Cites, ReportWords.Cites(finding, language), language)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    {ReportWords.Label(Words.Fix, finding.Remediation.In(language), language)}\n");
            if (finding.Waiver is { } waiver)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {ReportWords.Label(Words.Waived, waiver.Justification, language)}\n");
            }
        }

        return text.ToString();
    }
}

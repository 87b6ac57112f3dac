using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Markdig;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Agreement files cannot make the checker build types, reach the network, or forge report output.
/// </summary>
public sealed class NoWayInTests
{
    private const string Evil = "Evil\nforged.yaml:1:1: error AC999 forged finding\u001b[2J\u001b[31m\u202Egnp.exe\u2028<script>alert(1)</script> & \"quotes\" 'apostrophes' | *stars* `ticks`";

    [TestCase("!!python/object:os.system echo pwned")]
    [TestCase("!!python/object/apply:os.system [\"echo pwned\"]")]
    [TestCase("!System.Diagnostics.Process { StartInfo: { FileName: sh } }")]
    [TestCase("!<tag:yaml.org,2002:python/object:os.system> x")]
    [TestCase("!<tag:clr,2002:System.IO.File> x")]
    [TestCase("!!binary AAAA")]
    [TestCase("!!set { a, b }")]
    [TestCase("!e!object x")]
    public void Check_TypeTag_IsRefusedAsAFindingAtTheTaggedValue(string value)
    {
        var text = $"%TAG !e! tag:yaml.org,2002:python/\n---\nformat: alliance-agreement/v1\nalliance: {value}\n";

        var report = Agreements.Check(text);

        report.Verdict.ShouldBe(Verdict.Invalid);
        var error = report.Findings.ShouldHaveSingleItem();
        (error.RuleId, error.Location.Line, error.Location.Column).ShouldBe(("AC005", 4, 11), error.Message.English);
        error.Message.English.ShouldContain("tags");
    }

    [Test]
    public void Check_CoreSchemaTag_IsReadAsTheValueWritten()
    {
        var text = Agreements.Compliant.Replace("  industry: coatings", "  industry: !!str coatings", StringComparison.Ordinal);

        Agreements.Check(text).Verdict.ShouldBe(Verdict.Compliant);
    }

    [TestCase(typeof(AgreementChecker))]
    [TestCase(typeof(GuidingOpinions))]
    public void Assembly_OfTheChecker_ReferencesNoNetworkingApi(Type type)
    {
        var (assemblies, namespaces) = References(type.Assembly);

        assemblies.ShouldNotContain(a => a.StartsWith("System.Net", StringComparison.Ordinal), string.Join(", ", assemblies));
        namespaces.ShouldNotContain(n => n.StartsWith("System.Net", StringComparison.Ordinal), string.Join(", ", namespaces));
        namespaces.ShouldContain("System.Collections.Generic", "the scan must see the types the assembly does use");
    }

    [Test]
    public void TextReport_AgreementTextWithControlCharacters_IsPrintedEscapedOnItsOwnLine()
    {
        var output = new StringWriter();

        new TextReportWriter().Write(EvilReport(), output, new ReportOptions(Language.English, Color: false));

        var text = output.ToString();
        text.ShouldNotContain(c => char.IsControl(c) && c != '\n', "raw control characters reach the terminal");
        text.ShouldNotContain('\u202E');
        text.ShouldNotContain('\u2028');
        text.Split('\n').ShouldNotContain(line => line.StartsWith("forged.yaml", StringComparison.Ordinal));
        text.ShouldContain("Evil\\nforged.yaml:1:1: error AC999 forged finding\\u001B[2J\\u001B[31m\\u202Egnp.exe\\u2028");
    }

    [Test]
    public void JsonReport_AgreementTextWithControlCharacters_RoundTripsExactly()
    {
        var output = new StringWriter();

        new JsonReportWriter().Write(EvilReport(), output, new ReportOptions());

        var json = output.ToString();
        json.Where(c => c != '\n' && c != '\r').ShouldNotContain(c => char.IsControl(c), "JSON strings must escape control characters");
        var document = JObject.Parse(json)["documents"]![0]!;
        document["alliance"]!.Value<string>().ShouldBe(Evil);
        document["findings"]!.Select(f => f["message"]!.Value<string>()).ShouldContain(m => m!.Contains(Evil, StringComparison.Ordinal));
    }

    [Test]
    public void HtmlReport_AgreementTextWithMarkup_IsTextNotElements()
    {
        var page = new HtmlParser().ParseDocument(Write("html"));

        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.Body!.TextContent.ShouldContain("<script>alert(1)</script> & \"quotes\"");
    }

    [Test]
    public void MarkdownReport_AgreementTextWithMarkup_RendersAsTextWithoutBreakingTheTable()
    {
        var markdown = Write("markdown");

        markdown.Split('\n').ShouldNotContain(line => line.StartsWith("forged.yaml", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()));
        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.QuerySelectorAll("em, strong, code").ShouldNotContain(e => e.TextContent.Contains("stars", StringComparison.Ordinal) || e.TextContent.Contains("ticks", StringComparison.Ordinal));
        page.Body!.TextContent.ShouldContain("<script>alert(1)</script>");
    }

    [Test]
    public void JunitReport_AgreementTextWithControlCharacters_IsWellFormedXml()
    {
        var junit = XDocument.Parse(Write("junit"));

        junit.Descendants().SelectMany(e => e.Attributes()).ShouldNotBeEmpty();
        junit.ToString().ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Test]
    public void SarifReport_AgreementText_RoundTripsExactly() =>
        JObject.Parse(Write("sarif")).SelectTokens("$.runs[*].results[*].message.text").Select(t => t.Value<string>())
            .ShouldContain(m => m!.Contains(Evil, StringComparison.Ordinal));

    private static string Write(string format)
    {
        var output = new StringWriter();
        ReportWriters.Get(format).Write(EvilReport(), output, new ReportOptions());
        return output.ToString();
    }

    private static CheckReport EvilReport()
    {
        var quoted = Newtonsoft.Json.JsonConvert.ToString(Evil);
        var yaml = Agreements.Compliant
            .Replace("name: Example Coatings Technology Innovation Strategic Alliance", $"name: {quoted}", StringComparison.Ordinal)
            .Replace("    kind: enterprise", $"    kind: {quoted}", StringComparison.Ordinal);
        var document = Agreements.Checker.CheckText(yaml, "agreement.yaml");
        document.Alliance.ShouldBe(Evil, "the test must get the text through the loader");
        return new CheckReport("0.0.0", GuidingOpinions.Id, GuidingOpinions.Version, [document]);
    }

    private static (List<string> Assemblies, List<string> Namespaces) References(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        var namespaces = metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace)).Distinct().ToList();
        return (assemblies, namespaces);
    }
}

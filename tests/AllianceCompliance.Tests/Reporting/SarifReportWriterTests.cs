using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using Newtonsoft.Json.Linq;
using AllianceCompliance.Testing;
using NJsonSchema;

namespace AllianceCompliance.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    [TestCase(Language.English)]
    [TestCase(Language.Chinese)]
    public async Task Write_FixedReport_ValidatesAgainstTheSarifSchema(Language language)
    {
        var schema = await JsonSchema.FromFileAsync(Corpus.Require(Path.Combine("schemas", "sarif-schema-2.1.0.json")));

        var errors = schema.Validate(ReportFixture.Write("sarif", language));

        errors.Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Test]
    public void Write_FixedReport_MatchesApprovedSarif()
    {
        ReportFixture.Write("sarif").ShouldMatchApproved(c => c.WithFileExtension("sarif.json").NoDiff());
    }

    [Test]
    public void Write_FixedReport_DescribesEveryRuleThatFoundSomething()
    {
        var run = JObject.Parse(ReportFixture.Write("sarif"))["runs"]![0]!;

        var rules = run["tool"]!["driver"]!["rules"]!;
        rules.Select(r => (string?)r["id"]).ShouldBe(["AC001", "X104", "X111", "X201", "X501", "X701"]);
        var rule = rules[1]!;
        ((string?)rule["name"]).ShouldBe("MemberIsNotAnIndependentLegalEntity");
        ((string)rule["help"]!["text"]!).ShouldContain("Guiding Opinions Art. 8(1)");
        ((string)rule["help"]!["text"]!).ShouldContain("Only independent legal entities");
        ((string?)rule["defaultConfiguration"]!["level"]).ShouldBe("error");
        ((string?)rule["properties"]!["condition"]).ShouldBe("8.1");
        run["results"]!.ShouldAllBe(r => (string?)rules[(int)r["ruleIndex"]!]!["id"] == (string?)r["ruleId"]);
    }

    [Test]
    public void Write_Finding_IsAResultAtItsFileLineColumnAndYamlPath()
    {
        var run = JObject.Parse(ReportFixture.Write("sarif"))["runs"]![0]!;

        var result = run["results"]!.First(r => (string?)r["ruleId"] == "X104");
        ((string?)result["level"]).ShouldBe("error");
        ((string?)result["message"]!["text"]).ShouldBe($"Member '{ReportFixture.ScriptName}' is not an independent legal entity.");
        var location = result["locations"]![0]!;
        ((string?)location["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe(ReportFixture.ExamplePath);
        ((int)location["physicalLocation"]!["region"]!["startLine"]!).ShouldBe(13);
        ((int)location["physicalLocation"]!["region"]!["startColumn"]!).ShouldBe(33);
        ((string?)location["logicalLocations"]![0]!["fullyQualifiedName"]).ShouldBe("$.members[1].legalPerson.independent");
        run["results"]!.Where(r => (string?)r["level"] == "note").ShouldHaveSingleItem();
    }

    [Test]
    public void Write_WaivedFinding_IsSuppressedExternallyWithItsJustification()
    {
        var run = JObject.Parse(ReportFixture.Write("sarif"))["runs"]![0]!;

        var suppressed = run["results"]!.Where(r => r["suppressions"] is not null).ShouldHaveSingleItem();
        ((string?)suppressed["ruleId"]).ShouldBe("X501");
        var suppression = suppressed["suppressions"]![0]!;
        ((string?)suppression["kind"]).ShouldBe("external");
        ((string?)suppression["justification"]).ShouldBe("Agreed in the side letter <2012-09-01> | signed by all");
    }

    [Test]
    public void Write_InvalidDocument_ReportsItsLoadErrorsAsResults()
    {
        var run = JObject.Parse(ReportFixture.Write("sarif"))["runs"]![0]!;

        var loadError = run["results"]!.Single(r => (string?)r["ruleId"] == "AC001");
        ((string?)loadError["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe(ReportFixture.BrokenPath);
        run["artifacts"]!.Select(a => (string?)a["hashes"]!["sha-256"]).ShouldAllBe(h => h != null && h.Length == 64);
    }

    [Test]
    public void Write_InChinese_WritesMessagesAndRuleTextsInChinese()
    {
        var run = JObject.Parse(ReportFixture.Write("sarif", Language.Chinese))["runs"]![0]!;

        ((string?)run["language"]).ShouldBe("zh-CN");
        ((string?)run["tool"]!["driver"]!["rules"]![1]!["shortDescription"]!["text"]).ShouldBe("成员不是独立法人");
        ((string?)run["results"]!.First(r => (string?)r["ruleId"] == "X201")["message"]!["text"]).ShouldBe("目标“G1”未规定完成期限。");
    }

    [TestCase("samples/a b.yaml", "samples/a%20b.yaml")]
    [TestCase("samples\\x.yaml", "samples/x.yaml")]
    [TestCase("/srv/agreements/协议.yaml", "file:///srv/agreements/%E5%8D%8F%E8%AE%AE.yaml")]
    public void Uri_Path_IsAUriReference(string path, string uri)
    {
        SarifReportWriter.Uri(path).ShouldBe(uri);
    }
}

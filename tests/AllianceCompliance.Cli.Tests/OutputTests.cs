using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Newtonsoft.Json.Linq;
using AllianceCompliance.Testing;
using NJsonSchema;

namespace AllianceCompliance.Cli.Tests;

public sealed class OutputTests
{
    [Test]
    public async Task Check_Sarif_ValidatesAgainstTheSchemaAndLocatesTheFinding()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);

        var (exit, output, _) = Cli.Run("check", path, "--format", "sarif");

        exit.ShouldBe(1);
        var schema = await JsonSchema.FromFileAsync(Corpus.Require(Path.Combine("schemas", "sarif-schema-2.1.0.json")));
        schema.Validate(output).Select(e => e.ToString()).ShouldBeEmpty();
        var result = JObject.Parse(output)["runs"]![0]!["results"]!.Single(r => (string?)r["ruleId"] == "AC112");
        ((int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!).ShouldBe(4);
    }

    [Test]
    public async Task Check_SamplesAsSarif_ValidateAgainstTheSchema()
    {
        var (exit, output, error) = Cli.Run("check", Cli.Samples, "--format", "sarif");

        exit.ShouldBe(1, "some samples are deliberately non-compliant, none is invalid");
        error.ShouldNotContain("internal error");
        var schema = await JsonSchema.FromFileAsync(Corpus.Require(Path.Combine("schemas", "sarif-schema-2.1.0.json")));
        schema.Validate(output).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Test]
    public void Check_Github_AnnotatesEachFindingOnItsLineAndExitsAsForText()
    {
        using var files = new Agreements();
        var path = files.Write("a.yaml", Agreements.LedByUniversity);

        var (exit, output, _) = Cli.Run("check", path, "--format", "github");

        exit.ShouldBe(1);
        var annotations = output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        annotations.ShouldContain(l => l.StartsWith("::error file=", StringComparison.Ordinal) && l.Contains(",title=AC208::", StringComparison.Ordinal));
        annotations.ShouldContain(l => l.StartsWith("::warning file=", StringComparison.Ordinal) && l.Contains(",line=4,", StringComparison.Ordinal) && l.Contains(",title=AC112::", StringComparison.Ordinal));
        annotations.ShouldAllBe(l => l.Contains(",line=", StringComparison.Ordinal) && l.Contains(",col=", StringComparison.Ordinal));
    }

    [Test]
    public void Check_Junit_IsWellFormedWithASuitePerDocument()
    {
        using var files = new Agreements();
        files.Write("a.yaml", Agreements.LedByUniversity);
        files.Write("b.yaml", "members: [\n");

        var (_, output, _) = Cli.Run("check", files.Folder, "--format", "junit");

        var suites = XDocument.Parse(output).Root!.Elements("testsuite").ToList();
        suites.Count.ShouldBe(2);
        suites[0].Descendants("failure").ShouldContain(f => f.Value.Contains("AC208", StringComparison.Ordinal));
        suites[1].Descendants("error").ShouldHaveSingleItem().Value.ShouldContain("AC001");
    }

    [Test]
    public void Check_Html_QuotesTheLinesOfTheFileAndEncodesAgreementText()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);

        var (_, output, _) = Cli.Run("check", path, "--format", "html", "--lang", "zh-CN");

        var page = new HtmlParser().ParseDocument(output);
        page.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        page.QuerySelectorAll("script, b").ShouldBeEmpty();
        page.QuerySelectorAll("pre .hit").Select(e => e.TextContent).ShouldContain("4  leadMember: uni");
    }

    [Test]
    public void Check_MarkdownInChinese_TranslatesFixedTexts()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);

        var (_, output, _) = Cli.Run("check", path, "--format", "markdown", "--lang", "zh-CN");

        output.ShouldContain("| 条件 | 名称 | 状态 | 问题数 |");
        output.ShouldContain("牵头单位");
        output.ShouldContain("Example \\<b\\>Alliance\\</b\\>");
    }

    [Test]
    public void Check_HtmlOfStandardInput_QuotesTheLinesTheCheckerRead()
    {
        // The quotes come from the text the checker read, not from opening the input again (which
        // standard input, a FIFO or a file changed since cannot give back).
        var (_, output, _) = Cli.RunWithInput(Agreements.LedByUniversity, "check", "-", "--format", "html");

        var page = new HtmlParser().ParseDocument(output);
        page.QuerySelectorAll("pre .hit").Select(e => e.TextContent).ShouldContain("4  leadMember: uni");
    }
}

using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed class ExplainTests
{
    [Test]
    public void Check_Explain_PrintsTheMatchedFactsUnderEachFinding()
    {
        var (exit, output, _) = Cli.RunWithInput(Workspace.NotIndependent, "check", "-", "--explain");

        exit.ShouldBe(1);
        output.ShouldContain("-:20:33: error AC104 ");
        output.ShouldContain("\n    matched: Member $.members[1] (line 16)\n");
    }

    [TestCase("sarif")]
    [TestCase("markdown")]
    public void Check_ExplainInAFormatWithoutEvidence_SaysSoOnStandardErrorAndKeepsTheExitCode(string format)
    {
        var (exit, _, error) = Cli.RunWithInput(Workspace.NotIndependent, "check", "-", "--explain", "--format", format);

        exit.ShouldBe(1);
        error.ShouldContain($"--explain: the evidence is shown in the text and json reports only; the {format} report carries none.");
    }

    [Test]
    public void Check_ExplainJson_WritesEvidence()
    {
        var (_, output, _) = Cli.RunWithInput(Workspace.NotIndependent, "check", "-", "--explain", "--format", "json");

        var finding = JObject.Parse(output)["documents"]![0]!["findings"]!.ShouldHaveSingleItem();
        finding["evidence"]!.Values<string>().ShouldBe(["Member $.members[1] (line 16)"]);
    }

    [Test]
    public void Check_ExplainJson_EntityListedTwice_NamesBothListingsAndNoLookupOfTheRule()
    {
        var (_, output, _) = Cli.Run("check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"), "--explain", "--format", "json");

        var finding = JObject.Parse(output)["documents"]![0]!["findings"]!.Single(f => (string?)f["ruleId"] == "AC109");
        finding["evidence"]!.Values<string>().ShouldBe(["Repeated listing: Member $.members[3] (line 49) repeats Member $.members[2] (line 38)"]);
    }

    [Test]
    public void Check_WithoutExplain_PrintsNoEvidence()
    {
        var (_, output, _) = Cli.RunWithInput(Workspace.NotIndependent, "check", "-", "--format", "json");

        JObject.Parse(output)["documents"]![0]!["findings"]![0]!["evidence"].ShouldBeNull();
    }

    [Test]
    public void Check_ExplainAFindingOfTheReading_ShowsWhatTheClauseWasReadToSay()
    {
        var input = Workspace.Compliant.Replace(
            "forum: China International Economic and Trade Arbitration Commission",
            "forum: 中国国际经济贸易仲裁委员会或被告所在地人民法院",
            StringComparison.Ordinal);
        var line = input.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("人民法院", StringComparison.Ordinal));
        var column = line.text.IndexOf("法院", StringComparison.Ordinal) + 1;

        var (exit, output, _) = Cli.RunWithInput(input, "check", "-", "--explain");

        exit.ShouldBe(1);
        output.ShouldContain($"-:{line.i + 1}:{column}: error AC740 ");
        output.ShouldContain($"    matched: Reading of $.agreement.disputeResolution [Art. 33] (dispute resolution, line {line.i + 1}); arbitration 'arbitration' at {line.i + 1}:");
        output.ShouldContain($"(method); court '法院' at {line.i + 1}:{column}\n");
    }
}

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
        finding["evidence"]!.Values<string>().ShouldBe(["Roster (6 members)", "Member $.members[3] (line 49)", "Member $.members[2] (line 38)"]);
    }

    [Test]
    public void Check_WithoutExplain_PrintsNoEvidence()
    {
        var (_, output, _) = Cli.RunWithInput(Workspace.NotIndependent, "check", "-", "--format", "json");

        JObject.Parse(output)["documents"]![0]!["findings"]![0]!["evidence"].ShouldBeNull();
    }
}

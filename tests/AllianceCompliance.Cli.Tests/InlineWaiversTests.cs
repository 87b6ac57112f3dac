using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed class InlineWaiversTests
{
    private static readonly string Waived = Agreements.LedByUniversity
        .Replace("leadMember: uni", "leadMember: uni  # alliance-check: waive AC112 until 2099-12-31: the university founded the alliance", StringComparison.Ordinal)
        .Replace("  - id: uni", "  # alliance-check: waive AC208 until 2099-12-31: signs at the next council, minutes of 2012-08-20\n  - id: uni", StringComparison.Ordinal);

    [Test]
    public void Check_InlineWaivers_WaiveTheFindingOnTheirLineAndInTheEntryBelow()
    {
        var findings = Findings(Waived);

        var lead = findings.Single(f => (string?)f["ruleId"] == "AC112");
        ((bool)lead["waived"]!).ShouldBeTrue();
        ((string?)lead["justification"]).ShouldBe("the university founded the alliance");
        var unsigned = findings.Single(f => (string?)f["ruleId"] == "AC208");
        ((bool)unsigned["waived"]!).ShouldBeTrue();
        findings.Where(f => (string?)f["ruleId"] == "AC205").ShouldAllBe(f => !(bool)f["waived"]!);
        findings.ShouldNotContain(f => ((string)f["ruleId"]!).StartsWith("AC02", StringComparison.Ordinal));
    }

    [Test]
    public void Check_NoInlineWaivers_ReportsEachWhereItIsWrittenAndWaivesNothing()
    {
        var findings = Findings(Waived, "--no-inline-waivers");

        findings.ShouldAllBe(f => !(bool)f["waived"]!);
        findings.Where(f => (string?)f["ruleId"] == "AC024").Select(f => (int)f["line"]!).ShouldBe([4, 10]);
    }

    [Test]
    public void Check_MalformedInlineWaiver_IsALocatedErrorAndExits2()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity.Replace("leadMember: uni", "leadMember: uni  # alliance-check: waive AC112", StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run("check", path);

        exit.ShouldBe(2);
        output.ShouldContain("agreement.yaml:4:20: error AC023 'alliance-check: waive AC112' is not an inline waiver");
    }

    private static List<JToken> Findings(string yaml, params string[] options)
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", yaml);
        var (_, output, _) = Cli.Run(["check", path, "--format", "json", .. options]);
        return [.. JObject.Parse(output)["documents"]![0]!["findings"]!];
    }
}

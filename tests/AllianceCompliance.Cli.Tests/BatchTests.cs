using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

/// <summary>A file that cannot be checked is reported for itself; the rest of the batch is still checked.</summary>
public sealed class BatchTests
{
    [Test]
    public void Check_BatchWithMissingBinaryAndBrokenFiles_ReportsEachAndChecksTheRest()
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);
        var binary = directory.Combine("binary.yaml");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xFF]);
        var broken = directory.Write("broken.yaml", "format: [\n");
        var missing = directory.Combine("missing.yaml");

        var (exit, output, error) = Cli.Run("check", binary, missing, broken, good, "--format", "json");

        exit.ShouldBe(2);
        error.ShouldNotContain("   at ");
        var verdicts = JObject.Parse(output)["documents"]!.ToDictionary(d => d["path"]!.Value<string>()!, d => (
            Verdict: d["verdict"]!.Value<string>(),
            Rule: d["findings"]!.FirstOrDefault()?["ruleId"]!.Value<string>()));
        verdicts.ShouldBe(new Dictionary<string, (string?, string?)>
        {
            [binary] = ("invalid", "AC069"),
            [missing] = ("invalid", "AC002"),
            [broken] = ("invalid", "AC001"),
            [good] = ("compliant", null),
        });
    }

    [Test]
    public void Check_DanglingLinkInABatch_IsReportedWhileTheRestAreChecked()
    {
        // A link whose target is gone cannot be read by anyone, root included (CI runs as root).
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);
        var dangling = directory.Combine("dangling.yaml");
        File.CreateSymbolicLink(dangling, directory.Combine("deleted.yaml"));

        var (exit, output, error) = Cli.Run("check", dangling, good, "--format", "json");

        exit.ShouldBe(2);
        error.ShouldNotContain("   at ");
        var documents = JObject.Parse(output)["documents"]!;
        documents[0]!["path"]!.Value<string>().ShouldBe(dangling);
        documents[0]!["verdict"]!.Value<string>().ShouldBe("invalid");
        documents[0]!["findings"]![0]!["ruleId"]!.Value<string>().ShouldBe("AC002");
        documents[0]!["findings"]![0]!["message"]!.Value<string>()!.ShouldContain("dangling.yaml");
        documents[1]!["verdict"]!.Value<string>().ShouldBe("compliant");
    }
}

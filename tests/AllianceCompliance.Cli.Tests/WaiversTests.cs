using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed class WaiversTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static string Waivers(string expires, string rule = "AC104", string path = "$.members[1]") => $"""
        waivers:
          - rule: {rule}
            document: "*.yaml"
            path: {path}
            justification: The university's branch signs under a power of attorney from its parent.
            expires: {expires}
        """;

    private static (int Exit, JObject Report, string Error) Check(string waivers, string agreement, params string[] more)
    {
        using var workspace = new Workspace();
        var document = workspace.Write("agreement.yaml", agreement);
        var file = workspace.Write("waivers.yaml", waivers);
        // The waivers name documents by the path as given, so run where relative paths mean the workspace.
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(workspace.Root);
        try
        {
            var (exit, output, error) = Cli.RunOn(Today, string.Empty, ["check", "agreement.yaml", "--waivers", "waivers.yaml", "--format", "json", .. more]);
            return (exit, output.Length > 0 ? JObject.Parse(output) : [], error);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Test]
    public void Check_WaiverCoversTheOnlyError_FindingStaysMarkedAndExitIsZero()
    {
        var (exit, report, error) = Check(Waivers("2026-12-31"), Workspace.NotIndependent);

        exit.ShouldBe(0, error);
        var document = report["documents"]!.ShouldHaveSingleItem();
        document["verdict"]!.Value<string>().ShouldBe("compliant");
        var finding = document["findings"]!.ShouldHaveSingleItem();
        finding["ruleId"]!.Value<string>().ShouldBe("AC104");
        finding["waived"]!.Value<bool>().ShouldBeTrue();
        finding["justification"]!.Value<string>().ShouldStartWith("The university's branch");
        document["conditions"]![0]!["status"]!.Value<string>().ShouldBe("met");
        report["summary"]!["errors"]!.Value<int>().ShouldBe(0);
    }

    [Test]
    public void Check_ExpiredWaiver_FindingCountsAndTheWaiverIsReported()
    {
        var (exit, report, error) = Check(Waivers("2026-02-28"), Workspace.NotIndependent);

        exit.ShouldBe(1);
        var documents = report["documents"]!.ToList();
        documents[0]["verdict"]!.Value<string>().ShouldBe("non-compliant");
        documents[0]["findings"]![0]!["waived"]!.Value<bool>().ShouldBeFalse();
        documents[1]["path"]!.Value<string>().ShouldBe("waivers.yaml");
        var expired = documents[1]["findings"]!.ShouldHaveSingleItem();
        expired["ruleId"]!.Value<string>().ShouldBe("AC020");
        expired["line"]!.Value<int>().ShouldBe(2);
        error.ShouldContain("waivers.yaml:2:5: AC020");
    }

    [Test]
    public void Check_UnusedWaiver_IsAWarningThatFailsOnlyWithFailOnWarning()
    {
        var waivers = Waivers("2026-12-31", rule: "AC112");

        var (exit, report, error) = Check(waivers, Workspace.Compliant);
        var (strictExit, _, _) = Check(waivers, Workspace.Compliant, "--fail-on", "warning");

        exit.ShouldBe(0);
        strictExit.ShouldBe(1);
        report["documents"]![1]!["findings"]!.ShouldHaveSingleItem()["ruleId"]!.Value<string>().ShouldBe("AC021");
        error.ShouldContain("AC021");
    }

    [Test]
    public void Check_MalformedWaiversFile_ExitsTwoWithFileLineAndColumnOnStandardError()
    {
        var (exit, report, error) = Check(Waivers("2026-12-31", path: "members.1").Replace("justification:", "justificaton:", StringComparison.Ordinal), Workspace.Compliant);

        exit.ShouldBe(2);
        report.Count.ShouldBe(0);
        error.ShouldContain("waivers.yaml:4:11: error AC022 'members.1' is not a YAML path");
        error.ShouldContain("waivers.yaml:5:5: error AC010 Unknown key 'justificaton' (did you mean 'justification'?)");
        error.ShouldContain("waivers.yaml:2:5: error AC013 Required key 'justification' is missing.");
    }

    [Test]
    public void Check_MissingWaiversFile_ExitsTwo()
    {
        var (exit, output, error) = Cli.Run("check", "-", "--waivers", "no-such-waivers.yaml");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("no-such-waivers.yaml:1:1: error AC002");
    }

    [Test]
    public void Check_WaiversFileAndBaselineBesideTheAgreements_AreNeitherCheckedNorCountedAsAgreements()
    {
        using var workspace = new Workspace();
        var agreement = workspace.Write("agreement.yaml", Workspace.Compliant);
        var waivers = workspace.Write("waivers.yaml", Waivers("2026-01-31", rule: "AC112"));
        var baseline = workspace.Write("previous.yaml", Cli.Run("check", agreement, "--format", "json").Out);

        var (folderExit, folderJson, folderError) = Cli.RunOn(Today, string.Empty, "check", workspace.Root, "--waivers", waivers, "--baseline", baseline, "--format", "json");
        var (globExit, globText, _) = Cli.RunOn(Today, string.Empty, "check", Path.Combine(workspace.Root, "*.yaml"), "--waivers", waivers, "--baseline", baseline);
        var (namedExit, _, namedError) = Cli.RunOn(Today, string.Empty, "check", agreement, waivers, baseline, "--waivers", waivers, "--baseline", baseline);

        folderExit.ShouldBe(0, folderError);
        var report = JObject.Parse(folderJson);
        report["summary"]!["documents"]!.Value<int>().ShouldBe(1);
        report["summary"]!["warnings"]!.Value<int>().ShouldBe(1, "the expired waiver is still a warning of the run");
        report["documents"]![1]!["path"]!.Value<string>().ShouldBe(waivers);
        report["documents"]![1]!["waiversFile"]!.Value<bool>().ShouldBeTrue();
        folderError.ShouldNotContain("is the waivers file", customMessage: "a folder's waivers file is left out quietly");
        globExit.ShouldBe(0);
        globText.ShouldContain("1 document(s):");
        namedExit.ShouldBe(0);
        namedError.ShouldContain($"{waivers} is the waivers file (--waivers), not an agreement: not checked as one");
        namedError.ShouldContain($"{baseline} is the baseline (--baseline), not an agreement: not checked as one");
    }

    [Test]
    public void Check_FromAnotherFolder_AWaiverNamingTheDocumentBesideItStillApplies()
    {
        using var workspace = new Workspace();
        var agreement = workspace.Write("agreement.yaml", Workspace.NotIndependent);
        var waivers = workspace.Write("waivers.yaml", Waivers("2027-12-31").Replace("document: \"*.yaml\"", "document: agreement.yaml", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(workspace.Root, "elsewhere"));
        var other = workspace.Write(Path.Combine("elsewhere", "agreement.yaml"), Workspace.NotIndependent);

        // Run from the test's folder, not the workspace: the paths given are full ones.
        var (exit, output, error) = Cli.RunOn(Today, string.Empty, "check", agreement, other, "--waivers", waivers, "--format", "json");

        exit.ShouldBe(1, "the other folder's agreement is not waived");
        var documents = JObject.Parse(output)["documents"]!;
        documents[0]!["findings"]!.ShouldHaveSingleItem()["waived"]!.Value<bool>().ShouldBeTrue(error);
        documents[1]!["findings"]!.ShouldHaveSingleItem()["waived"]!.Value<bool>().ShouldBeFalse("a waiver for the file beside the waivers file does not reach one of the same name elsewhere");
    }
}

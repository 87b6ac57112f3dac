using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

/// <summary>The tool end to end over the sample agreements: what a new user sees first.</summary>
public sealed class SampleTests
{
    private static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(Cli.Samples, "*.yaml").Order(StringComparer.Ordinal).Select(Path.GetFileName)!;

    [Test]
    public void Samples_ThereAreCompliantAndNonCompliantOnes()
    {
        var report = Json("check", Cli.Samples);

        var verdicts = report["documents"]!.Select(d => d["verdict"]!.Value<string>()).ToList();
        verdicts.Count.ShouldBeGreaterThanOrEqualTo(8);
        verdicts.ShouldContain("compliant");
        verdicts.ShouldContain("non-compliant");
        verdicts.ShouldNotContain("invalid");
    }

    [Test]
    public void Samples_EveryConditionFailsInSomeSample()
    {
        var report = Json("check", Cli.Samples);

        var failing = report["documents"]!
            .SelectMany(d => d["conditions"]!)
            .Where(c => c["status"]!.Value<string>() == "not-met")
            .Select(c => c["id"]!.Value<string>())
            .Distinct();
        failing.ShouldBe(["8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "clauses", "pilot"], ignoreOrder: true);
    }

    [Test]
    public void Samples_EveryFindingIsLocatedAndCited()
    {
        var report = Json("check", Cli.Samples);

        foreach (var finding in report["documents"]!.SelectMany(d => d["findings"]!))
        {
            foreach (var key in new[] { "ruleId", "condition", "severity", "message", "path", "citation", "remediation" })
            {
                finding[key]!.Type.ShouldBe(JTokenType.String, $"{key} of {finding}");
            }

            finding["line"]!.Value<int>().ShouldBeGreaterThan(0);
            finding["column"]!.Value<int>().ShouldBeGreaterThan(0);
            finding["path"]!.Value<string>().ShouldStartWith("$");
        }
    }

    [Test]
    public void Check_NonCompliantSamples_ExitsOne() => Cli.Run("check", Cli.Samples).Exit.ShouldBe(1);

    [Test]
    public void Check_FailOnNever_ExitsZero() => Cli.Run("check", Cli.Samples, "--fail-on", "never").Exit.ShouldBe(0);

    [TestCaseSource(nameof(SampleFiles))]
    public void Check_Sample_FindingsAreAsPinned(string sample)
    {
        var (_, output, _) = Cli.Run("check", Path.Combine(Cli.Samples, sample), "--format", "json");

        var findings = JObject.Parse(output)["documents"]![0]!["findings"]!
            .Select(f => $"{f["ruleId"]} {f["severity"]} {f["line"]}:{f["column"]} {f["path"]}");
        string.Join('\n', findings).ShouldMatchApproved(c => c
            .SubFolder("approved")
            .WithDiscriminator(Path.GetFileNameWithoutExtension(sample))
            .NoDiff());
    }

    private static JObject Json(params string[] args)
    {
        var (_, output, error) = Cli.Run([.. args, "--format", "json"]);
        error.ShouldNotContain("internal error");
        return JObject.Parse(output);
    }
}

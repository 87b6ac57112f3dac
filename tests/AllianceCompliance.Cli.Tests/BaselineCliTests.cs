using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed class BaselineCliTests
{
    [Test]
    public void Check_FailOnNew_PassesWhenTheNextDraftOnlyMovedItsLinesAndFailsOnANewError()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);
        var (_, json, _) = Cli.Run("check", path, "--format", "json");
        var baseline = files.Write("previous.json", json);

        files.Write("agreement.yaml", "# second draft\n# with a preface\n" + Agreements.LedByUniversity);
        var (moved, movedText, _) = Cli.Run("check", path, "--baseline", baseline, "--fail-on", "new");
        var (movedDefault, _, _) = Cli.Run("check", path, "--baseline", baseline);

        moved.ShouldBe(0);
        movedText.ShouldContain("0 fixed, 0 new since the previous draft");
        movedDefault.ShouldBe(1, "without --fail-on new the errors the baseline had still fail");

        files.Write("agreement.yaml", Agreements.LedByUniversity.Replace("independent: true", "independent: false", StringComparison.Ordinal));
        var (added, addedJson, _) = Cli.Run("check", path, "--baseline", baseline, "--fail-on", "new", "--format", "json");

        added.ShouldBe(1);
        addedJson.ShouldContain("\"baselineState\": \"new\"");
        addedJson.ShouldContain("\"baselineState\": \"unchanged\"");
    }

    [Test]
    public void Check_FindingFixedSinceTheBaseline_IsListedInJsonWithTheDocumentedKeysOnly()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity.Replace("independent: true", "independent: false", StringComparison.Ordinal));
        var (_, json, _) = Cli.Run("check", path, "--format", "json");
        var baseline = files.Write("previous.json", json);
        files.Write("agreement.yaml", Agreements.LedByUniversity);

        var (_, output, _) = Cli.Run("check", path, "--baseline", baseline, "--format", "json");

        var fixedFinding = (JObject)JObject.Parse(output)["documents"]![0]!["fixed"]![0]!;
        fixedFinding.Properties().Select(p => p.Name).ShouldBe(["ruleId", "severity", "message", "path", "line", "column", "fingerprint"], ignoreOrder: true);
        fixedFinding["severity"]!.Type.ShouldBe(JTokenType.String);
    }

    [TestCase("{ \"documents\": [ ")]
    [TestCase("not json at all")]
    public void Check_MalformedBaseline_SaysSoAndExits2(string text)
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);
        var baseline = files.Write("previous.json", text);

        var (exit, output, error) = Cli.Run("check", path, "--baseline", baseline);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("is not a JSON report of alliance-check");
        error.ShouldNotContain("   at ");
    }

    [Test]
    public void Check_MissingBaseline_SaysSoAndExits2()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);

        var (exit, _, error) = Cli.Run("check", path, "--baseline", Path.Combine(files.Folder, "none.json"));

        exit.ShouldBe(2);
        error.ShouldContain("cannot read the baseline");
    }

    [Test]
    public void Check_OutputIsTheBaseline_IsRefused()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", Agreements.LedByUniversity);
        var baseline = files.Write("previous.json", Cli.Run("check", path, "--format", "json").Out);

        var (exit, _, error) = Cli.Run("check", path, "--baseline", baseline, "--format", "json", "--output", baseline);

        exit.ShouldBe(2);
        error.ShouldContain("would overwrite an input");
    }

    private static readonly string NotIndependent = Agreements.LedByUniversity.Replace("independent: true", "independent: false", StringComparison.Ordinal);

    [Test]
    public void Check_BaselineOfTheSameFileTypedAnotherWayOrFromTheParentFolder_FindsNothingNew()
    {
        using var directory = new TempDirectory();
        directory.Write(Path.Combine("w", "weak.yaml"), NotIndependent);
        var folder = directory.Combine("w");
        ChildCli.Run(folder, "check", "weak.yaml", "--format", "json", "--output", "review-1.json").Exit.ShouldBe(1);

        var (dotted, dottedText, dottedError) = ChildCli.Run(folder, "check", "./weak.yaml", "--baseline", "review-1.json", "--fail-on", "new");
        var (parent, parentText, _) = ChildCli.Run(directory.Path, "check", "w/weak.yaml", "--baseline", "w/review-1.json", "--fail-on", "new");

        dotted.ShouldBe(0, dottedText + dottedError);
        dottedText.ShouldContain("0 fixed, 0 new since the previous draft");
        dottedError.ShouldNotContain("not in the baseline");
        parent.ShouldBe(0, parentText);
        parentText.ShouldContain("0 fixed, 0 new since the previous draft");
    }

    [Test]
    public void Check_BaselineHoldingTwoFilesOfTheSameName_ComparesEachWithItsOwn()
    {
        using var files = new TempDirectory();
        var flawed = files.Write(Path.Combine("a", "agreement.yaml"), NotIndependent);
        var sound = files.Write(Path.Combine("b", "agreement.yaml"), Agreements.LedByUniversity);
        var baseline = files.Write("previous.json", Cli.Run("check", flawed, sound, "--format", "json").Out);

        var (exit, json, error) = Cli.Run("check", flawed, "--baseline", baseline, "--fail-on", "new", "--format", "json");

        exit.ShouldBe(0, error);
        var document = JObject.Parse(json)["documents"]![0]!;
        document["inBaseline"]!.Value<bool>().ShouldBeTrue();
        document["baselinePath"]!.Value<string>().ShouldBe(flawed);
        document["findings"]!.ShouldAllBe(f => f["baselineState"]!.Value<string>() == "unchanged");
    }

    [Test]
    public void Check_DocumentTheBaselineDoesNotHold_IsSaidNotSilentlyAllNew()
    {
        using var files = new Agreements();
        var first = files.Write("first.yaml", NotIndependent);
        var other = files.Write("other.yaml", NotIndependent);
        var baseline = files.Write("previous.json", Cli.Run("check", first, "--format", "json").Out);

        var (exit, text, error) = Cli.Run("check", other, "--baseline", baseline, "--fail-on", "new");
        var (_, json, _) = Cli.Run("check", other, "--baseline", baseline, "--format", "json");

        exit.ShouldBe(1, "an agreement the baseline never saw has only new errors");
        error.ShouldContain($"{other} is not in the baseline {baseline}: its findings are all new (the baseline holds {first})");
        text.ShouldContain("not in the previous draft’s report: its ");
        text.ShouldContain(" findings are all new");
        text.ShouldNotContain("since the previous draft");
        var document = JObject.Parse(json)["documents"]![0]!;
        document["inBaseline"]!.Value<bool>().ShouldBeFalse();
        document["baselinePath"].ShouldBeNull();
    }

    [Test]
    public void Check_FailOnNewWithoutBaseline_IsAUsageErrorBeforeAnythingIsChecked()
    {
        using var files = new Agreements();
        var path = files.Write("agreement.yaml", NotIndependent);

        var (exit, output, error) = Cli.Run("check", path, "--fail-on", "new");
        var (zhExit, _, zhError) = Cli.Run("check", path, "--fail-on", "new", "--lang", "zh-CN");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--fail-on new needs --baseline PREVIOUS.json");
        zhExit.ShouldBe(2);
        zhError.ShouldContain("--fail-on new 需要与 --baseline PREVIOUS.json");
    }
}

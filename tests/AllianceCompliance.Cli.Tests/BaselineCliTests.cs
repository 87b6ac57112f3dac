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
}

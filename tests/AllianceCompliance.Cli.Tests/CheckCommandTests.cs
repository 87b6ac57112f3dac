using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed class CheckCommandTests
{
    [Test]
    public void Check_BrokenYamlOnStandardInput_ExitsTwoNamingLineAndColumn()
    {
        var (exit, output, error) = Cli.RunWithInput("members: [\n", "check", "-");

        exit.ShouldBe(2);
        output.ShouldStartWith("-:1:10: error AC001 ");
        (output + error).ShouldNotContain("   at ");
    }

    [Test]
    public void Check_UnknownOption_ExitsTwoWithUsageOnStandardError()
    {
        var (exit, output, error) = Cli.Run("check", "--frobnicate", "x.yaml");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--frobnicate");
    }

    [Test]
    public void Check_MissingFile_IsReportedInvalidWhileOthersAreChecked()
    {
        var (exit, output, _) = Cli.Run("check", "no-such-file.yaml", "--format", "json");

        exit.ShouldBe(2);
        var document = JObject.Parse(output)["documents"]!.ShouldHaveSingleItem();
        document["verdict"]!.Value<string>().ShouldBe("invalid");
        document["findings"]![0]!["ruleId"]!.Value<string>().ShouldBe("AC002");
    }
}

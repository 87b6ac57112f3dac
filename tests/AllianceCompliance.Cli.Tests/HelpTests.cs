namespace AllianceCompliance.Cli.Tests;

/// <summary>The command line builds only the sub-command it runs; help still shows every one.</summary>
public sealed class HelpTests
{
    [Test]
    public void Help_ListsEverySubCommand()
    {
        var (exit, output, _) = Cli.Run("--help");

        exit.ShouldBe(0);
        output.ShouldContain("check <inputs>");
        output.ShouldContain("rules");
        output.ShouldContain("schema");
        output.ShouldContain("init <FILE>");
    }

    [TestCase("check", "--format")]
    [TestCase("rules", "--format")]
    [TestCase("schema", "Print the JSON Schema")]
    [TestCase("init", "--force")]
    public void SubCommandHelp_DescribesThatCommand(string command, string expected)
    {
        var (exit, output, _) = Cli.Run(command, "--help");

        exit.ShouldBe(0);
        output.ShouldContain(expected);
    }

    [Test]
    public void MisspeltCommand_IsRefusedWithExitCode2()
    {
        var (exit, _, error) = Cli.Run("chekc", "samples");

        exit.ShouldBe(2);
        error.ShouldContain("Unrecognized command or argument 'chekc'");
    }
}

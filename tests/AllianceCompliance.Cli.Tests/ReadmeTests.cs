namespace AllianceCompliance.Cli.Tests;

/// <summary>The README's example runs as written: its agreement, checked, prints exactly the output shown under it.</summary>
public sealed class ReadmeTests
{
    private const string Command = "$ alliance-check check agreement.yaml";

    [Test]
    public void Example_CheckedAsWritten_PrintsTheOutputShownUnderIt()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var example = Array.IndexOf(readme, "## Example");
        example.ShouldBeGreaterThan(0, "README.md has an '## Example' section");
        var yaml = Block(readme, example, "```yaml");
        var console = Block(readme, example, "```console");
        console[0].ShouldBe(Command);
        using var directory = new TempDirectory();
        var path = directory.Write("agreement.yaml", string.Join('\n', yaml) + "\n");

        var (exit, output, error) = Cli.Run("check", path);

        error.ShouldBeEmpty();
        exit.ShouldBe(1, "the README says it exits 1");
        output.Replace(path, "agreement.yaml", StringComparison.Ordinal).ReplaceLineEndings("\n")
            .ShouldBe(string.Join('\n', console.Skip(1)) + "\n");
    }

    /// <summary>The lines of the first fenced block of a kind after a line.</summary>
    private static string[] Block(string[] lines, int after, string fence)
    {
        var start = Array.IndexOf(lines, fence, after);
        start.ShouldBeGreaterThan(after, $"a {fence} block after line {after + 1}");
        var end = Array.IndexOf(lines, "```", start);
        return lines[(start + 1)..end];
    }
}

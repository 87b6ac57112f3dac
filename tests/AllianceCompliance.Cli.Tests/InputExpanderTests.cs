namespace AllianceCompliance.Cli.Tests;

/// <summary>Directory walks and globs do not follow symbolic links, so link loops cannot make them run forever.</summary>
public sealed class InputExpanderTests
{
    [TestCase("")]
    [TestCase("**/*.yaml")]
    [TestCase("*/*.yaml")]
    public void Expand_DirectoryWithSymbolicLinkLoops_FindsEachFileOnce(string glob)
    {
        using var directory = new TempDirectory();
        var good = directory.Write(Path.Combine("a", "good.yaml"), Agreement.Compliant);
        Directory.CreateSymbolicLink(directory.Combine("a", "loop"), "..");
        Directory.CreateSymbolicLink(directory.Combine("a", "up"), directory.Path);
        File.CreateSymbolicLink(directory.Combine("a", "link.yaml"), good);
        var input = glob.Length == 0 ? directory.Path : $"{directory.Path}/{glob}";

        var task = Task.Run(() => InputExpander.Expand([input]));

        task.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue("the walk follows the link loop");
        var (documents, unmatched, problems, _) = task.Result;
        documents.ShouldBe([good]);
        unmatched.ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Test]
    public void Check_DirectoryWithSymbolicLinkLoop_ChecksTheFileOnce()
    {
        using var directory = new TempDirectory();
        directory.Write(Path.Combine("a", "good.yaml"), Agreement.Compliant);
        Directory.CreateSymbolicLink(directory.Combine("a", "loop"), "..");

        var (exit, output, _) = Cli.Run("check", directory.Path);

        exit.ShouldBe(0);
        output.ShouldContain("1 document(s): 1 compliant");
    }
}

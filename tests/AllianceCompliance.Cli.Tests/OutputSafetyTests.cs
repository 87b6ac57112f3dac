using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

/// <summary>No data lost or harmed: reports are written whole or not at all, and inputs are never changed.</summary>
public sealed class OutputSafetyTests
{
    [Test]
    public void Write_WriterFailsHalfway_LeavesTheExistingReportAndNoTemporaryFile()
    {
        using var directory = new TempDirectory();
        var report = directory.Write("report.json", "{ \"the\": \"previous report\" }");

        using (var target = ReportFile.Open(report, new Terminal(TextWriter.Null, TextWriter.Null), out _)!)
        {
            Should.Throw<IOException>(() => target.Write(text =>
            {
                text.Write(new string('x', 100_000));
                throw new IOException("disk full");
            }));
        }

        File.ReadAllText(report).ShouldBe("{ \"the\": \"previous report\" }");
        Directory.GetFiles(directory.Path).ShouldBe([report]);
    }

    [Test]
    public void Check_OutputOverAnExistingReport_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var report = directory.Write("report.json", "old");

        var (exit, output, _) = Cli.Run("check", agreement, "--format", "json", "--output", report);

        exit.ShouldBe(0);
        output.ShouldBeEmpty();
        JObject.Parse(File.ReadAllText(report))["summary"]!["compliant"]!.Value<int>().ShouldBe(1);
        Directory.GetFiles(directory.Path).Order(StringComparer.Ordinal).ShouldBe([agreement, report]);
    }

    [Test]
    public void Check_OutputDash_WritesTheReportToStandardOutputAndNoFileNamedDash()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);

        var (exit, output, _) = Cli.Run("check", agreement, "--format", "json", "--output", "-");

        exit.ShouldBe(0);
        JObject.Parse(output)["summary"]!["compliant"]!.Value<int>().ShouldBe(1);
        File.Exists(Path.Combine(Environment.CurrentDirectory, "-")).ShouldBeFalse();
        Directory.GetFiles(directory.Path).ShouldBe([agreement]);
    }

    [Test]
    public void Check_OutputIntoAMissingDirectory_ExitsTwoSayingWhyWithoutAStackTrace()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var report = directory.Combine("no-such-directory", "report.json");

        var (exit, output, error) = Cli.Run("check", agreement, "--output", report);

        exit.ShouldBe(2);
        error.ShouldContain($"cannot write the report to {report}");
        (output + error).ShouldNotContain("   at ");
        error.ShouldNotContain("internal error");
    }

    [Test]
    public void Check_BatchWithReportBesideTheInputs_LeavesEveryInputByteForByte()
    {
        using var directory = new TempDirectory();
        directory.Write("a.yaml", Agreement.Compliant);
        directory.Write("b.yaml", Agreement.Compliant.Replace("kind: enterprise", "kind: enterprize", StringComparison.Ordinal));
        directory.Write("c.yaml", "members: [\n");
        var before = Hashes(directory.Path);

        Cli.Run("check", directory.Path, "--output", directory.Combine("report.txt")).Exit.ShouldBe(2);

        Hashes(directory.Path).Where(h => !h.Key.EndsWith("report.txt", StringComparison.Ordinal)).ShouldBe(before);
    }

    private static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}

using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

/// <summary><c>alliance-check init</c>: an agreement skeleton a legal adviser can start from.</summary>
public sealed partial class InitCommandTests
{
    [TestCase("en", "Art. 8({0})", "1", "2", "3", "4", "5", "6")]
    [TestCase("zh-CN", "第八条第（{0}）项", "一", "二", "三", "四", "五", "六")]
    public void Init_WithoutFile_WritesTheSkeletonWithEveryArticle8ItemToStandardOutput(string lang, string cite, params string[] items)
    {
        var (exit, output, error) = Cli.Run("init", "--lang", lang);

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        output.ShouldContain("format: alliance-agreement/v1");
        foreach (var item in items)
        {
            output.ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, cite, item));
        }
    }

    [TestCase("en")]
    [TestCase("zh-CN")]
    public void Init_UntouchedSkeleton_LoadsAndIsNonCompliantWithAFindingAtEveryValueToFillIn(string lang)
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("agreement.yaml");
        Cli.Run("init", path, "--lang", lang).Exit.ShouldBe(0);

        var (exit, output, _) = Cli.Run("check", path, "--format", "json");

        exit.ShouldBe(1);
        var document = JObject.Parse(output)["documents"]![0]!;
        ((string?)document["verdict"]).ShouldBe("non-compliant");
        var findings = document["findings"]!.ToList();
        findings.Select(f => (string)f["ruleId"]!).ShouldNotContain(id => LoadError().IsMatch(id), "the skeleton loads");
        var lines = File.ReadAllLines(path);
        var toFillIn = Enumerable.Range(1, lines.Length).Where(n => IsToFillIn(lines, n - 1)).ToList();
        toFillIn.Count.ShouldBeGreaterThan(30);
        findings.Select(f => (int)f["line"]!).Distinct().Order().ToList()
            .ShouldBe(toFillIn, "a finding at each value to fill in, and at nothing else");
    }

    [Test]
    public void Init_ExistingFile_IsLeftAsItIsWithoutForce()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("agreement.yaml", "format: alliance-agreement/v1\n# my draft\n");

        var (exit, output, error) = Cli.Run("init", path);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("already exists");
        error.ShouldContain("--force");
        File.ReadAllText(path).ShouldBe("format: alliance-agreement/v1\n# my draft\n");
    }

    [Test]
    public void Init_ExistingFileWithForce_IsReplacedByTheSkeleton()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("agreement.yaml", "# my draft\n");

        var (exit, _, _) = Cli.Run("init", path, "--force", "--lang", "zh-CN");

        exit.ShouldBe(0);
        File.ReadAllText(path).ShouldBe(Cli.Run("init", "--lang", "zh-CN").Out);
    }

    [Test]
    public void Init_IntoADirectoryOrAMissingFolder_IsRefusedWithAMessage()
    {
        using var directory = new TempDirectory();

        var (intoDirectory, _, directoryError) = Cli.Run("init", directory.Path, "--force");
        var (intoMissing, _, missingError) = Cli.Run("init", directory.Combine("no-such-folder", "agreement.yaml"));

        intoDirectory.ShouldBe(2);
        directoryError.ShouldContain("is a directory");
        intoMissing.ShouldBe(2);
        missingError.ShouldContain("cannot write");
        missingError.ShouldNotContain("internal error");
        Directory.EnumerateFileSystemEntries(directory.Path).ShouldBeEmpty();
    }

    [Test]
    public void Init_UnknownLanguage_IsAUsageError()
    {
        var (exit, output, error) = Cli.Run("init", "--lang", "fr");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("fr");
    }

    /// <summary>
    /// A value still to be filled in: empty text, an empty list, nothing after the colon (and no
    /// nested block below), or a value the adviser must change: <c>sealed: false</c>, <c>fullTimeStaff: 0</c>.
    /// </summary>
    private static bool IsToFillIn(string[] lines, int index)
    {
        var line = Comment().Replace(lines[index], string.Empty);
        if (line.Trim().Length == 0)
        {
            return false;
        }

        if (EmptyValue().IsMatch(line) || line.Contains("sealed: false", StringComparison.Ordinal) || line.Contains("fullTimeStaff: 0", StringComparison.Ordinal))
        {
            return true;
        }

        if (!line.TrimEnd().EndsWith(':'))
        {
            return false;
        }

        var next = lines.Skip(index + 1).Select(l => Comment().Replace(l, string.Empty)).FirstOrDefault(l => l.Trim().Length > 0);
        return next is null || Indent(next) <= Indent(line) || next.TrimStart().StartsWith('-') && Indent(next) == Indent(line);
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"\s*#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@":\s*(""""|\[\]|,|})")]
    private static partial Regex EmptyValue();

    [GeneratedRegex(@"^AC0[0-2]\d$")]
    private static partial Regex LoadError();
}

using AllianceCompliance.Findings;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Every document of the YAML test suite (yaml/yaml-test-suite, read from shared/corpora) through
/// the checker: none is an agreement, so each must end in a verdict with located findings, and
/// every document the suite marks invalid must be reported invalid with a line and column.
/// </summary>
public sealed class YamlTestSuiteTests
{
    private const string CorpusName = "yaml-test-suite";
    private static readonly AgreementChecker Checker = new(GuidingOpinions.RuleSet);

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    public static IEnumerable<TestCaseData> Documents()
    {
        if (Repository.Corpus(CorpusName) is not { } corpus)
        {
            yield return new TestCaseData(null, false).SetName("Check_YamlTestSuite_CorpusIsPresent");
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(corpus, "in.yaml", Walk).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(corpus, Path.GetDirectoryName(file)!).Replace('\\', '/');
            var invalid = File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "error"));
            yield return new TestCaseData(name, invalid).SetArgDisplayNames(name, invalid ? "invalid" : "valid");
        }
    }

    [Test]
    public void Documents_WholeSuite_HasTheDocumentsItsReadmeCounts()
    {
        var documents = Documents().ToList();
        Repository.Corpus(CorpusName).ShouldNotBeNull(Repository.Missing(CorpusName));

        documents.Count.ShouldBe(402);
        documents.Count(d => (bool)d.Arguments[1]!).ShouldBe(94);
    }

    [TestCaseSource(nameof(Documents))]
    public void Check_SuiteDocument_EndsInAVerdictWithLocatedFindings(string? name, bool invalid)
    {
        if (name is null)
        {
            Assert.Fail(Repository.Missing(CorpusName));
            return;
        }

        var path = Path.Combine(Repository.Corpus(CorpusName)!, name, "in.yaml");
        var text = File.ReadAllText(path);

        var report = Bounded.Run(() => Checker.CheckFile(path), TimeSpan.FromSeconds(20), $"Checking {name}");

        Enum.IsDefined(report.Verdict).ShouldBeTrue();
        Located.ShouldBeInside(report, Located.LineCount(text), name);
        if (invalid)
        {
            report.Verdict.ShouldBe(Verdict.Invalid, $"{name} is invalid YAML");
            report.Findings.ShouldContain(f => f.Location.Line >= 1 && f.Location.Column >= 1);
        }
    }
}

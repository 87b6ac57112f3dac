using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;
using AllianceCompliance.Testing;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Every document of the YAML test suite (yaml/yaml-test-suite, read from shared/corpora) through
/// the checker. None is an agreement, so each must be reported invalid, by the loader, with every
/// finding located inside the file; a document the suite marks as an error must never be read as
/// an agreement, and a valid one must not be called a YAML syntax error unless it is one of the
/// parser's known gaps below.
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
        if (Corpus.Find(CorpusName) is not { } corpus)
        {
            // One case that reports the corpus missing (skipped, or failed with CI=true).
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
        Corpus.Require(CorpusName);
        var documents = Documents().ToList();

        documents.Count.ShouldBe(402);
        documents.Count(d => (bool)d.Arguments[1]!).ShouldBe(94);
    }

    [TestCaseSource(nameof(Documents))]
    public void Check_SuiteDocument_IsInvalidWithLocatedLoadErrors(string? name, bool invalid)
    {
        var path = Path.Combine(Corpus.Require(CorpusName), name!, "in.yaml");
        var text = File.ReadAllText(path);

        var report = Bounded.Run(() => Checker.CheckFile(path), TimeSpan.FromSeconds(20), $"Checking {name}");

        report.Verdict.ShouldBe(Verdict.Invalid, $"{name} is not an agreement ({(invalid ? "invalid" : "valid")} YAML)");
        report.Findings.ShouldNotBeEmpty(name);
        report.Findings.ShouldAllBe(f => LoadErrors.All.Contains(f.Rule) && f.Rule != LoadErrors.EvaluationFailed, $"{name}: only the loader may report on a document that is not an agreement");
        Located.ShouldBeInside(report, Located.LineCount(text), name!);
        var syntaxError = report.Findings.Any(f => f.Rule == LoadErrors.Syntax);
        if (!invalid)
        {
            syntaxError.ShouldBe(KnownParserGaps.Contains(name!), $"{name} is valid YAML: only the parser's known gaps may be reported as syntax errors (AC001)");
        }
    }

    /// <summary>
    /// Valid YAML that YamlDotNet rejects (complex keys, some flow and block scalar forms). A
    /// parser upgrade that reads one of them makes the test fail: then remove it from the list.
    /// </summary>
    private static readonly HashSet<string> KnownParserGaps =
    [
        "4FJ6", "4MUZ/02", "6PBE", "9MMW", "DK95/04", "JEF9/01", "KK5P", "LX3P", "M2N8/00",
        "M2N8/01", "M5DY", "Q9WF", "RZP5", "SBG9", "UKK6/00", "V9D5", "VJP3/01", "XW4D",
    ];
}

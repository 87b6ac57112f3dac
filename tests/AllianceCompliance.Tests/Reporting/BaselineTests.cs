using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Tests.Reporting;

public sealed class BaselineTests
{
    [Test]
    public void Compare_SameRun_MarksEveryFindingUnchangedAndNoneFixed()
    {
        var compared = Previous().Compare(ReportFixture.Report());

        compared.Documents.SelectMany(d => d.Findings).ShouldAllBe(f => f.BaselineState == BaselineState.Unchanged);
        compared.Documents.ShouldAllBe(d => d.Fixed!.Value.IsEmpty);
    }

    [Test]
    public void Compare_NextDraft_MovedLinesAreUnchangedRemovedAreFixedAddedAreNew()
    {
        var example = ReportFixture.Example();
        var moved = example.Findings[0] with { Location = example.Findings[0].Location with { Line = 40, Column = 9 } };
        var added = ReportFixture.NoDueDate.At(new SourceLocation("$.agreement.goals[1]", 22, 7), null, "G2");
        var next = example with { Findings = [moved, example.Findings[1], example.Findings[3], example.Findings[4], added] };

        var compared = Previous().Compare(ReportFixture.Report() with { Documents = [next] }).Documents[0];

        compared.Findings.Select(f => (f.RuleId, f.BaselineState)).ShouldBe([
            ("X104", BaselineState.Unchanged), ("X111", BaselineState.Unchanged), ("X501", BaselineState.Unchanged),
            ("X701", BaselineState.Unchanged), ("X201", BaselineState.New)]);
        var fixedFinding = compared.Fixed!.Value.ShouldHaveSingleItem();
        fixedFinding.RuleId.ShouldBe("X201");
        fixedFinding.Message.ShouldBe("Goal 'G1' has no due date.");
        ReportWords.Comparison(compared, Language.English).ShouldBe("1 fixed, 1 new since the previous draft");
    }

    [Test]
    public void Compare_ChangedValueInTheMessage_IsNewAndTheOldOneFixed()
    {
        var example = ReportFixture.Example();
        var renamed = ReportFixture.NotIndependent.At(example.Findings[0].Location, "Art. 5", "Another University");
        var next = example with { Findings = [renamed, .. example.Findings[1..]] };

        var compared = Previous().Compare(ReportFixture.Report() with { Documents = [next] }).Documents[0];

        compared.Findings[0].BaselineState.ShouldBe(BaselineState.New);
        compared.Fixed!.Value.ShouldHaveSingleItem().RuleId.ShouldBe("X104");
    }

    [Test]
    public void Compare_ChineseBaseline_MatchesByFingerprintNotByItsMessage()
    {
        using var file = new TempFile(ReportFixture.Write("json", Language.Chinese));
        var baseline = Baseline.Read(file.Path, LoadLimits.Default, out _).ShouldNotBeNull();

        baseline.Compare(ReportFixture.Report()).Documents.SelectMany(d => d.Findings).ShouldAllBe(f => f.BaselineState == BaselineState.Unchanged);
    }

    [Test]
    public void Write_ComparedReport_JsonAndSarifCarryStatesFingerprintsAndFixed()
    {
        var example = ReportFixture.Example();
        var compared = Previous().Compare(ReportFixture.Report() with { Documents = [example with { Findings = example.Findings[1..] }] });

        var json = JObject.Parse(Written("json", compared));
        var document = json["documents"]![0]!;
        document["findings"]!.Select(f => (string?)f["baselineState"]).ShouldAllBe(s => s == "unchanged");
        document["findings"]!.ShouldAllBe(f => ((string?)f["fingerprint"])!.Length == 32);
        var gone = document["fixed"]!.ShouldHaveSingleItem();
        ((string?)gone["ruleId"]).ShouldBe("X104");
        ((int)gone["line"]!).ShouldBe(13);
        var sarif = JObject.Parse(Written("sarif", compared));
        var results = sarif["runs"]![0]!["results"]!;
        results.Select(r => (string?)r["baselineState"]).ShouldBe(["unchanged", "unchanged", "unchanged", "unchanged", "absent"]);
        results.ShouldAllBe(r => r["partialFingerprints"]!["allianceCheck/v1"] != null);
        Written("text", compared).ShouldContain("1 fixed, 0 new since the previous draft");
        Written("markdown", compared).ShouldContain("1 fixed, 0 new since the previous draft");
    }

    [Test]
    public void Write_ComparedReportAsHtml_StatesTheComparisonMarksEachFindingAndListsWhatWasResolved()
    {
        var example = ReportFixture.Example();
        var compared = Previous().Compare(ReportFixture.Report() with { Documents = [example with { Findings = example.Findings[1..] }] }, [ReportFixture.NotIndependent]);

        var english = Written("html", compared);
        english.ShouldContain("<tr><th>Compared with the previous draft</th><td>1 resolved, 0 new, 4 also in the previous draft</td></tr>");
        english.ShouldContain("""<span class="compared">Also in the previous draft</span>""");
        english.ShouldContain("Resolved since the previous draft");
        english.ShouldContain("<tr><td>Member is not an independent legal entity</td><td>list of member units: independent legal personality</td><td>Member &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27; is not an independent legal entity.</td></tr>");

        // The previous review was written in English: the Chinese review names the rule and the part, not the English message.
        var chinese = Written("html", compared, Language.Chinese);
        chinese.ShouldContain("<tr><th>与上一稿比较</th><td>已解决 1 项，新增 0 项，上一稿已有 4 项</td></tr>");
        chinese.ShouldContain("<tr><td>成员不是独立法人</td><td>成员单位名单中的独立法人资格</td></tr>");
    }

    [Test]
    public void Write_WithoutBaseline_HasNoStatesAndNoFixedLists()
    {
        var json = JObject.Parse(ReportFixture.Write("json"));

        json["documents"]![0]!["fixed"].ShouldBeNull();
        json["documents"]![0]!["findings"]![0]!["baselineState"].ShouldBeNull();
        ReportFixture.Write("text").ShouldNotContain("since the previous draft");
    }

    [TestCase("{ not json", "is not a JSON report")]
    [TestCase("[1, 2]", "is not a JSON report")]
    [TestCase("""{ "documents": [ { "findings": [ { "ruleId": "X104" } ] } ] }""", "are required")]
    public void Read_NotAReport_SaysWhyAndGivesNoBaseline(string text, string expected)
    {
        using var file = new TempFile(text);

        Baseline.Read(file.Path, LoadLimits.Default, out var problem).ShouldBeNull();

        problem!.English.ShouldContain(expected);
        problem.English.ShouldContain(file.Path);
    }

    [Test]
    public void Read_LargerThanTheLimit_IsRefused()
    {
        using var file = new TempFile(ReportFixture.Write("json"));

        Baseline.Read(file.Path, LoadLimits.Default with { MaxBytes = 100 }, out var problem).ShouldBeNull();

        problem!.English.ShouldContain("larger than 100 bytes");
    }

    private static Baseline Previous()
    {
        using var file = new TempFile(ReportFixture.Write("json"));
        return Baseline.Read(file.Path, LoadLimits.Default, out var problem) ?? throw new InvalidOperationException(problem!.English);
    }

    private static string Written(string format, CheckReport report, Language language = Language.English)
    {
        var output = new StringWriter { NewLine = "\n" };
        ReportWriters.Get(format).Write(report, output, new ReportOptions(language) { SourceText = ReportFixture.Source });
        return output.ToString();
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}

using System.Globalization;
using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Files no one here wrote: each gets a clear, located message and the verdict invalid, or is
/// checked correctly; none crashes, hangs or exhausts memory.
/// </summary>
public sealed class HostileInputTests
{
    private const int Deep = 100_000;

    [Test]
    public void Check_FlowNesting100000Deep_IsRefusedAtTheLevelOverTheLimit()
    {
        var text = "format: " + new string('[', Deep) + new string(']', Deep) + "\n";

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC004", 1, 9 + LoadLimits.Default.MaxDepth - 1);
    }

    [Test]
    public void Check_BlockNesting100000Deep_IsRefusedAtTheLevelOverTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("- ", Deep)) + "x\n";

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC004", 1, (2 * LoadLimits.Default.MaxDepth) + 1);
    }

    [Test]
    public void Check_BillionLaughs_IsRefusedAtTheFirstAnchor()
    {
        var text = new StringBuilder("format: alliance-agreement/v1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9));
            text.Append(CultureInfo.InvariantCulture, $"lol{i}: &a{i} [{previous}]\n");
        }

        var report = Agreements.Check(text.ToString());

        ShouldBeRefused(report, "AC005", 2, 7);
        report.Findings.Single().Message.English.ShouldContain("Anchors");
    }

    [Test]
    public void Check_AliasWithoutAnchor_IsRefusedAsAnAlias()
    {
        var report = Agreements.Check("format: alliance-agreement/v1\nalliance: *name\n");

        ShouldBeRefused(report, "AC005", 2, 11);
        report.Findings.Single().Message.English.ShouldContain("Aliases");
    }

    [Test]
    public void Check_Scalar30MegabytesUnderARaisedLimit_IsReadAndReported()
    {
        var checker = new AgreementChecker(Agreements.Checker.Rules, new LoadLimits { MaxBytes = 64L * 1024 * 1024 });
        var name = new string('x', 30 * 1024 * 1024);
        var text = Agreements.Compliant.Replace(
            "name: Example Coatings Technology Innovation Strategic Alliance", $"name: {name}", StringComparison.Ordinal);

        var report = Agreements.Check(text, checker);

        report.Verdict.ShouldBe(Verdict.Compliant);
        report.Alliance!.Length.ShouldBe(name.Length);
    }

    [Test]
    public void Check_UnknownValue30MegabytesLong_IsReportedWithoutHanging()
    {
        var checker = new AgreementChecker(Agreements.Checker.Rules, new LoadLimits { MaxBytes = 64L * 1024 * 1024 });
        var text = Agreements.Compliant.Replace("    kind: enterprise\n", $"    kind: {new string('k', 30 * 1024 * 1024)}\n", StringComparison.Ordinal);

        var report = Agreements.Check(text, checker);

        ShouldBeRefused(report, "AC014", 12, 11);
    }

    [Test]
    public void Check_Scalar30MegabytesUnderTheDefaultLimit_IsRefusedAsTooLarge()
    {
        var text = "format: alliance-agreement/v1\nalliance: { name: " + new string('x', 30 * 1024 * 1024) + " }\n";

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC003", 1, 1);
    }

    [Test]
    public void CheckFile_DirectoryNamedLikeAnAgreement_IsReportedUnreadable()
    {
        // Opening a directory as a file is refused to every user, root included.
        var directory = Directory.CreateTempSubdirectory("alliance-dir-");
        try
        {
            var path = Directory.CreateDirectory(Path.Combine(directory.FullName, "agreement.yaml")).FullName;

            var report = Agreements.Checker.CheckFile(path);

            report.Verdict.ShouldBe(Verdict.Invalid);
            report.Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC002");
            report.Findings[0].Message.English.ShouldContain("directory");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Check_EmptyFile_IsRefusedAsHoldingNoAgreement() =>
        ShouldBeRefused(Agreements.Check(string.Empty), "AC006", 1, 1);

    [Test]
    public void Check_CommentOnlyFile_IsRefusedAsHoldingNoAgreement() =>
        ShouldBeRefused(Agreements.Check("# a draft, not written yet\n\n# still nothing\n"), "AC006", 1, 1);

    [TestCase("- format: alliance-agreement/v1\n- members: []\n", "a list")]
    [TestCase("just a sentence\n", "the text 'just a sentence'")]
    [TestCase("\"format: alliance-agreement/v1\"\n", "the text 'format: alliance-agreement/v1'")]
    public void Check_DocumentThatIsNotAMapping_IsRefusedNamingWhatItIs(string text, string what)
    {
        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC012", 1, 1);
        report.Findings.Single().Message.English.ShouldContain(what);
    }

    [Test]
    public void Check_SeveralDocuments_IsRefusedAtTheSecond()
    {
        var text = Agreements.Compliant + "---\n" + Agreements.Compliant;

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC006", Located.LineCount(Agreements.Compliant), 1);
    }

    [Test]
    public void Check_TabIndentingAMapping_IsASyntaxErrorAtTheTab()
    {
        var text = Agreements.Compliant.Replace("alliance:\n  name:", "alliance:\n\tname:", StringComparison.Ordinal);

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC001", 4, 1);
        report.Findings.Single().Message.English.ShouldContain("tab");
    }

    [Test]
    public void Check_TabIndentingTheLineAfterAPlainValue_IsASyntaxErrorAtTheTab()
    {
        var text = Agreements.Compliant.Replace("\n  industry: coatings", "\n\tindustry: coatings", StringComparison.Ordinal);

        var report = Agreements.Check(text);

        // YamlDotNet reads the tabbed line as a continuation of the plain value above it and reports
        // it at that value, on the line before; the finding is placed at the tab.
        ShouldBeRefused(report, "AC001", 5, 1);
        report.Findings.Single().Message.English.ShouldContain("tab");
    }

    [Test]
    public void Check_TabAfterIndentingSpaces_IsASyntaxErrorAtTheTab()
    {
        var text = Agreements.Compliant.Replace("\n  industry: coatings", "\n  \tindustry: coatings", StringComparison.Ordinal);

        var report = Agreements.Check(text);

        ShouldBeRefused(report, "AC001", 5, 3);
    }

    [Test]
    public void Check_CrlfLineEnds_GivesTheSameFindingsAtTheSameLines()
    {
        var lf = Agreements.Check(Agreements.WithOneFinding);

        var crlf = Agreements.Check(Agreements.WithOneFinding.Replace("\n", "\r\n", StringComparison.Ordinal));

        lf.Verdict.ShouldBe(Verdict.NonCompliant);
        Positions(crlf).ShouldBe(Positions(lf));
        Positions(lf).ShouldContain(Expected());
    }

    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32LE")]
    [TestCase("utf-32BE")]
    [TestCase("utf-8")]
    public void Check_AgreementWithByteOrderMark_IsDecodedAndCheckedAsInUtf8(string encoding)
    {
        var chosen = Encoding.GetEncoding(encoding);
        var bytes = chosen.GetPreamble().Concat(chosen.GetBytes(Agreements.WithOneFinding)).ToArray();
        bytes.Length.ShouldBeGreaterThan(chosen.GetByteCount(Agreements.WithOneFinding), "the test must write a byte-order mark");

        var report = Agreements.Check(bytes);

        report.Verdict.ShouldBe(Verdict.NonCompliant);
        report.Alliance.ShouldBe("Example Coatings Technology Innovation Strategic Alliance");
        Positions(report).ShouldBe(Positions(Agreements.Check(Agreements.WithOneFinding)));
        Positions(report).ShouldContain(Expected());
    }

    [Test]
    public void Check_Utf16WithoutTheChineseBeingMangled_KeepsTheText()
    {
        var text = Agreements.Compliant.Replace("name: Example Coatings Technology Innovation Strategic Alliance", "name: 涂料产业技术创新战略联盟", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        Agreements.Check(bytes).Alliance.ShouldBe("涂料产业技术创新战略联盟");
    }

    [Test]
    public void Check_InvalidUtf8_IsRefusedAtTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("format: alliance-agreement/v1\nalliance:\n  name: Caf")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\n"))
            .ToArray();

        ShouldBeRefused(Agreements.Check(bytes), "AC069", 3, 12);
    }

    [Test]
    public void Check_NulByte_IsRefusedAsBinaryAtTheByte()
    {
        var report = Agreements.Check("format: alliance-agreement/v1\nalliance:\n  name: A\0B\n");

        ShouldBeRefused(report, "AC069", 3, 10);
        report.Findings.Single().Message.English.ShouldContain("NUL");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Check_RandomBinaryData_IsRefusedAsNotText(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);

        var report = Agreements.Check(bytes);

        report.Verdict.ShouldBe(Verdict.Invalid);
        report.Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC069");
        report.Findings[0].Message.English.ShouldContain("binary file, not a text file");
    }

    private static (string RuleId, int Line, int Column) Expected()
    {
        var (line, column) = Agreements.PositionOf(Agreements.WithOneFinding, "Zhao Liu");
        var report = Agreements.Check(Agreements.WithOneFinding);
        return (report.Findings.Single(f => f.Location.Line == line).RuleId, line, column);
    }

    private static List<(string RuleId, int Line, int Column)> Positions(DocumentReport report) =>
        [.. report.Findings.Select(f => (f.RuleId, f.Location.Line, f.Location.Column))];

    private static void ShouldBeRefused(DocumentReport report, string ruleId, int line, int column)
    {
        report.Verdict.ShouldBe(Verdict.Invalid);
        var finding = report.Findings.ShouldHaveSingleItem();
        (finding.RuleId, finding.Location.Line, finding.Location.Column).ShouldBe((ruleId, line, column), finding.Message.English);
    }
}

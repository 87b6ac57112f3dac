using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Reading;

/// <summary>
/// A finding about a phrase points at the phrase itself, in every way YAML writes a scalar: the
/// reader reads the file's text from the value's start as YAML decodes it.
/// </summary>
public sealed class PhraseLocationTests
{
    private static readonly string Compliant = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "compliant.yaml"));

    /// <summary>The compliant agreement with its <c>licensing</c> line replaced by <paramref name="licensing"/> (lines after the first indented by 4).</summary>
    private static string WithLicensing(string licensing) =>
        Compliant.Replace(
            "  licensing: Members get a royalty-free licence for alliance projects; others on fair terms",
            "  licensing: " + licensing,
            StringComparison.Ordinal);

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="needle"/> in the text.</summary>
    private static (int Line, int Column) Where(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        index.ShouldBeGreaterThanOrEqualTo(0, $"'{needle}' is not in the file");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    private static Findings.Finding Check(string yaml, string ruleId)
    {
        var loaded = new AgreementLoader().Load(yaml);
        loaded.Errors.ShouldBeEmpty();
        return loaded.Document!.ShouldFire(ruleId)[0];
    }

    [TestCase("成员许可条件待定", "待定", TestName = "Plain scalar")]
    [TestCase("成员许可条件\n    另行约定", "另行约定", TestName = "Plain scalar over two lines")]
    [TestCase("'It''s what''s to be agreed'", "to be agreed", TestName = "Single-quoted with doubled quotes")]
    [TestCase("\"许可\\t条件\\u5f85定\"", "\\u5f85", TestName = "Double-quoted with escapes")]
    [TestCase("\"许可条件，\n    另行  \n    约定\"", "另行", TestName = "Double-quoted over lines with trailing spaces")]
    [TestCase("\"许可条件\\\n    另行约定\"", "另行约定", TestName = "Double-quoted with an escaped line break")]
    [TestCase("|\n    第一款 成员免费使用。\n    第二款 对外许可条件另行约定。", "另行约定", TestName = "Literal block")]
    [TestCase("|-\n    第一款 成员免费使用。\n\n      （一）对外许可条件待定。", "待定", TestName = "Literal block, blank and more indented lines")]
    [TestCase(">-\n    Members use results free of charge.\n\n    Terms for others are\n    to be agreed.", "to be agreed", TestName = "Folded block over a blank line")]
    [TestCase(">\n    成员免费使用；\n    对外许可另行\n    约定。", "另行", TestName = "Folded block, phrase broken by a line")]
    public void Finding_PointsAtThePhrase(string licensing, string needle)
    {
        var yaml = WithLicensing(licensing);

        var finding = Check(yaml, "AC540");

        (finding.Location.Line, finding.Location.Column).ShouldBe(Where(yaml, needle));
        finding.Location.Path.ShouldBe("$.intellectualProperty.licensing");
    }

    [Test]
    public void Finding_InAFlowMappingWithWindowsLineEnds_PointsAtThePhrase()
    {
        var yaml = Compliant.Replace(
            "  admission: { clause: Art. 12, text: Applicants meeting the criteria join on a council resolution }",
            "  admission: { clause: 第十二条, text: \"本联盟自成立之日起不再吸收新成员\" }",
            StringComparison.Ordinal).ReplaceLineEndings("\r\n");

        var finding = Check(yaml, "AC640");

        (finding.Location.Line, finding.Location.Column).ShouldBe(Where(yaml.ReplaceLineEndings("\n"), "不再吸收"));
        finding.Clause.ShouldBe("第十二条");
        finding.Message.Chinese.ShouldContain("“不再吸收");
    }

    [Test]
    public void Finding_OnAValueChangedInCode_PointsAtTheValue()
    {
        var document = Some.WithIntellectualProperty(ip => ip! with { Licensing = "Licensing terms TBD" });

        var finding = document.ShouldFire("AC540")[0];

        finding.Location.ShouldBe(Some.Agreement().IntellectualProperty!.At("licensing"));
        finding.Message.English.ShouldContain("'TBD'");
    }
}

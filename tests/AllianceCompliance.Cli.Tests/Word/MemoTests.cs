using System.Security.Cryptography;
using AllianceCompliance.Cli.Tests.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AllianceCompliance.Cli.Tests;

/// <summary>The review memo, <c>check --format docx</c>: what a lawyer forwards to a client.</summary>
public sealed class MemoTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static string Hunan => Path.Combine(Cli.Samples, "hunan-rail-traction-alliance.yaml");

    private static string Coating => Path.Combine(Cli.Samples, "coating-alliance.yaml");

    [Test]
    public void Check_DocxOnATerminal_IsRefusedSayingHowToWriteIt()
    {
        var (exit, output, error) = Cli.RunOnTerminal("check", Hunan, "--format", "docx");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--output");
    }

    [Test]
    public void Check_DocxToRedirectedOutput_WritesTheWordDocument()
    {
        var (exit, bytes, error) = Cli.RunToBytes(Today, "check", Hunan, "--format", "docx");

        exit.ShouldBe(1, error);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        document.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("Hunan Rail Transit Traction Equipment");
    }

    [Test]
    public void Check_Docx_StatesTheAllianceTheFileItsHashTheTimeAndTheVersions()
    {
        using var folder = new TempDirectory();
        var memo = Write(folder, "en", Hunan);

        WordFile.Errors(memo).ShouldBeEmpty();
        var text = string.Join("\n", WordFile.Paragraphs(memo));
        text.ShouldContain("Compliance Review Memorandum");
        text.ShouldContain("Hunan Rail Transit Traction Equipment Industry Technology Innovation Strategic Alliance");
        text.ShouldContain("湖南轨道交通牵引装备产业技术创新战略联盟");
        text.ShouldContain("hunan-rail-traction-alliance.yaml");
        text.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Hunan))));
        text.ShouldContain("2026-03-02 12:00 (UTC+00:00)");
        text.ShouldContain($"alliance-check {AllianceCheck.Version}");
        text.ShouldContain("guiding-opinions-2008");
    }

    [Test]
    public void Check_Docx_QuotesTheProvisionAndWhatTheAgreementProvidesAndNamesMembersByName()
    {
        using var folder = new TempDirectory();
        var text = string.Join("\n", WordFile.Paragraphs(Write(folder, "en", Hunan)));

        text.ShouldContain("The conditions at a glance");
        text.ShouldContain("must be jointly signed and come into effect by the legal representatives of all member units"); // Art. 8(2)
        text.ShouldContain("What the agreement provides");
        text.ShouldContain("Preamble"); // the agreement's own article of the finding
        text.ShouldContain("Member Hunan Institute of Rail Transit Technology has not signed the agreement.");
        text.ShouldNotContain("hunan-rail-institute");
    }

    [Test]
    public void Check_Docx_GivesTheTechnicalLocationsInTheAppendixOnly()
    {
        using var folder = new TempDirectory();
        var paragraphs = WordFile.Paragraphs(Write(folder, "en", Hunan));

        var appendix = paragraphs.ToList().IndexOf("Appendix: technical locations");
        appendix.ShouldBeGreaterThan(0);
        paragraphs.Take(appendix).ShouldNotContain(p => p.Contains("$.", StringComparison.Ordinal));
        paragraphs.Skip(appendix).ShouldContain(p => p.StartsWith("$.agreement", StringComparison.Ordinal));
    }

    [Test]
    public void Check_DocxInChinese_IsChineseThroughoutWithSimSunAndALatinFont()
    {
        using var folder = new TempDirectory();
        var memo = Write(folder, "zh-CN", Hunan);

        WordFile.Errors(memo).ShouldBeEmpty();
        var text = string.Join("\n", WordFile.Paragraphs(memo));
        text.ShouldContain("合规审查备忘录");
        text.ShouldContain("联盟协议须由各成员单位的法定代表人共同签署生效");
        text.ShouldContain("成员湖南省轨道交通技术研究所未签署协议");
        foreach (var english in new[] { "What is wrong", "How to fix", "Appendix", "Conclusion", "Findings", "Guiding Opinions" })
        {
            text.ShouldNotContain(english);
        }

        using var document = WordprocessingDocument.Open(memo, false);
        var fonts = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        fonts.EastAsia!.Value.ShouldBe("SimSun");
        fonts.Ascii!.Value.ShouldBe("Times New Roman");
    }

    [Test]
    public void Check_DocxOfTwoAgreements_GivesEachItsSectionInOneMemo()
    {
        using var folder = new TempDirectory();
        var memo = Write(folder, "en", Hunan, Coating);

        using var document = WordprocessingDocument.Open(memo, false);
        var headings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        headings.ShouldBe([
            "Hunan Rail Transit Traction Equipment Industry Technology Innovation Strategic Alliance",
            "China Coating Industry Technology Innovation Strategic Alliance",
            "Appendix: technical locations"]);
    }

    [Test]
    public void Check_DocxWithAFileThatCannotBeRead_SaysSoInItsSectionAndExitsTwo()
    {
        using var folder = new TempDirectory();
        var broken = folder.Write("broken.yaml", "format: alliance-agreement/v1\nmembers: [\n");
        var memo = folder.Combine("memo.docx");

        var (exit, _, error) = Cli.RunOn(Today, string.Empty, "check", broken, Hunan, "--format", "docx", "--output", memo);

        exit.ShouldBe(2, error);
        WordFile.Errors(memo).ShouldBeEmpty();
        var text = string.Join("\n", WordFile.Paragraphs(memo));
        text.ShouldContain("The file could not be assessed");
        text.ShouldContain("Could not be assessed");
        text.ShouldContain("Member Hunan Institute of Rail Transit Technology has not signed the agreement.");
    }

    [Test]
    public void Check_DocxOfAnAgreementQuotingControlAndBidiCharacters_IsAValidDocumentShowingThemAsEscapes()
    {
        using var folder = new TempDirectory();
        var yaml = File.ReadAllText(Hunan).Replace(
            "name: Hunan Rail Transit Traction Equipment Industry Technology Innovation Strategic Alliance",
            "name: \"Hunan \\x01 Rail \\u202E Alliance\"",
            StringComparison.Ordinal);
        var agreement = folder.Write("agreement.yaml", yaml);
        var memo = folder.Combine("memo.docx");

        var (exit, _, error) = Cli.RunOn(Today, string.Empty, "check", agreement, "--format", "docx", "--output", memo);

        exit.ShouldBe(1, error);
        WordFile.Errors(memo).ShouldBeEmpty();
        var text = string.Join("\n", WordFile.Paragraphs(memo));
        text.ShouldContain("Hunan \\u0001 Rail \\u202E Alliance");
        text.ShouldNotContain("\u202E");
    }

    [Test]
    public void Check_DocxInChinese_SaysWhereInTheDraftAndHowToFixItWithoutTheFilesKeys()
    {
        using var folder = new TempDirectory();
        var paragraphs = WordFile.Paragraphs(Write(folder, "zh-CN", Hunan)).ToList();

        var body = string.Join("\n", paragraphs.Take(paragraphs.IndexOf("附录：技术定位")));
        body.ShouldContain("修改位置：Preamble，签署页（中南大学）中的授权委托书");
        body.ShouldContain("修改建议：在签署页中补充其法定代表人");
        body.ShouldContain("修改建议：签署页已加盖成员公章（或合同专用章）的，记录盖章情况；");
        foreach (var key in new[] { "agreement.signatures", "agreement.tasks", "measure", "due", "sealed", "authorization" })
        {
            body.ShouldNotContain(key, Case.Sensitive);
        }
    }

    [Test]
    public void Check_DocxWithABaseline_ComparesWithThePreviousDraftInTheMemosLanguage()
    {
        using var folder = new TempDirectory();
        var agreement = folder.Write("agreement.yaml", File.ReadAllText(Hunan));
        var baseline = folder.Combine("previous.json");
        Cli.RunOn(Today, string.Empty, "check", agreement, "--format", "json", "--lang", "zh-CN", "--output", baseline).Exit.ShouldBe(1);
        File.WriteAllText(agreement, File.ReadAllText(Hunan)
            .Replace("sealed: false", "sealed: true", StringComparison.Ordinal)
            .Replace("noticeDays: 30, ", string.Empty, StringComparison.Ordinal));
        var memo = folder.Combine("memo.docx");

        var (exit, _, error) = Cli.RunOn(Today, string.Empty, "check", agreement, "--baseline", baseline, "--format", "docx", "--lang", "zh-CN", "--output", memo);

        exit.ShouldBe(1, error);
        var text = string.Join("\n", WordFile.Paragraphs(memo));
        text.ShouldContain("与上一稿比较\n已解决 1 项，新增 1 项，上一稿已有 5 项");
        text.ShouldContain("上一稿以来已解决的问题");
        text.ShouldContain("签署未加盖公章\n签署页中的盖章情况\n成员株洲立远轨道车辆转向架有限公司的签署未加盖成员公章。");
        text.ShouldContain("【警告】【新增】");
        text.ShouldContain("【错误】【上一稿已有】 成员未签署协议");
    }

    [TestCase("en", "Compliance Review Memorandum", "Member Hunan Institute of Rail Transit Technology has not signed the agreement.")]
    [TestCase("zh-CN", "合规审查备忘录", "成员湖南省轨道交通技术研究所未签署协议")]
    public void Memo_PrintedByLibreOffice_ReadsAsTheReview(string lang, string title, string finding)
    {
        using var folder = new TempDirectory();
        var memo = Write(folder, lang, Hunan);

        var pdf = Printed.PdfFromWord(memo, folder.Path);

        var text = Printed.Text(pdf);
        text.ShouldContain(Printed.Squeezed(title));
        text.ShouldContain(Printed.Squeezed(finding));
        text.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Hunan))));
        Printed.Pages(pdf).ShouldBeInRange(3, 20);
    }

    [Test]
    public void Check_DocxInChinese_ShowsTheDisputeClausesTextAmountsInYuanAndWhyThePilotIsNotAssessed()
    {
        using var folder = new TempDirectory();
        var agreement = folder.Write("agreement.yaml", File.ReadAllText(Hunan).Replace(
            "disputeResolution: { clause: \"Art. 32\", method: arbitration, forum: Changsha Arbitration Commission }",
            "disputeResolution: { clause: 第三十二条, method: [negotiation, arbitration], forum: 长沙仲裁委员会, text: 因本协议发生的争议，协商不成的，可以提交长沙仲裁委员会仲裁或诉讼 }",
            StringComparison.Ordinal));

        var text = string.Join("\n", WordFile.Paragraphs(Write(folder, "zh-CN", agreement)));

        text.ShouldContain("协商、仲裁；长沙仲裁委员会；因本协议发生的争议，协商不成的，可以提交长沙仲裁委员会仲裁或诉讼");
        text.ShouldContain("争议解决条款既允许提交仲裁（“仲裁”）又允许向法院起诉（“诉讼”）");
        text.ShouldNotContain("arbitration");
        text.ShouldContain("人民币 4,000,000 元");
        text.ShouldNotContain(" CNY");
        text.ShouldContain("未评估：本协议未记载试点申请（application），该条件不适用于本协议。");
        text.ShouldNotContain("或文件无法读取");
    }

    private static string Write(TempDirectory folder, string lang, params string[] agreements)
    {
        var memo = folder.Combine($"memo-{lang}.docx");
        var (exit, _, error) = Cli.RunOn(Today, string.Empty, ["check", .. agreements, "--format", "docx", "--output", memo, "--lang", lang]);
        exit.ShouldBeOneOf([0, 1], error);
        return memo;
    }
}

using AllianceCompliance.Cli.Tests.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Words = AllianceCompliance.Cli.Docx.Word;

namespace AllianceCompliance.Cli.Tests;

/// <summary><c>alliance-check annotate</c>: the draft agreement with each finding as a Word comment on its article.</summary>
public sealed class AnnotateTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    // The three articles of the Sichuan sample that have findings: withdrawal (AC704), dissolution (AC707), disputes (AC711).
    private const string Article11 = "成员退出联盟，应当向理事会提出书面申请。";
    private const string Article26 = "联盟目标实现、协议期限届满或理事会三分之二以上成员决议解散的，联盟解散。解散决议报四川省科学技术厅。";
    private const string Article31 = "因本协议发生的争议，提交成都仲裁委员会仲裁，或者向被告住所地人民法院提起诉讼。";

    [Test]
    public void SampleDraft_Regenerated_HasTheCommittedTextAndNumbering()
    {
        using var folder = new TempDirectory();
        var fresh = folder.Combine("draft.docx");
        using (var file = File.Create(fresh))
        {
            SampleDraft.Write(file);
        }

        if (Environment.GetEnvironmentVariable("ALLIANCE_REGENERATE_SAMPLES") == "1")
        {
            File.Copy(fresh, SampleDraft.Path, overwrite: true);
        }

        File.Exists(SampleDraft.Path).ShouldBeTrue("samples/ has no draft: run this test with ALLIANCE_REGENERATE_SAMPLES=1");
        WordFile.Errors(fresh).ShouldBeEmpty();
        WordFile.Paragraphs(SampleDraft.Path).ShouldBe(WordFile.Paragraphs(fresh), "the committed draft differs from what SampleDraft makes: run this test with ALLIANCE_REGENERATE_SAMPLES=1");
        WordComments.StylesAndNumbering(SampleDraft.Path).ShouldBe(WordComments.StylesAndNumbering(fresh));
    }

    [Test]
    public void Annotate_SampleDraft_CommentsEachFindingOnItsAutomaticallyNumberedArticle()
    {
        using var folder = new TempDirectory();
        var reviewed = folder.Combine("reviewed.docx");

        var (exit, _, error) = Annotate(SampleDraft.Agreement, SampleDraft.Path, reviewed, "zh-CN");

        exit.ShouldBe(1, error);
        error.ShouldContain("3 个问题以批注标注在相应条款处，0 个列入开头的汇总批注");
        WordFile.Errors(reviewed).ShouldBeEmpty();
        var comments = WordComments.Of(reviewed);
        comments.Select(c => c.Anchor).ShouldBe(["四川天然气化工产业技术创新战略联盟协议", Article11, Article26, Article31]);
        comments[0].Text.ShouldContain("错误 1 项，警告 2 项；结论：不合规");
        comments[1].Text.ShouldContain("退出条款");
        comments[1].Text.ShouldContain("修改建议：");
        comments[3].Text.ShouldContain("仲裁");
        comments.ShouldAllBe(c => !c.Text.Contains("What is wrong"));
    }

    [Test]
    public void Annotate_TheReviewedCopy_HasTheDraftsBodyStylesAndNumberingOnceTheCommentsAreTakenOut()
    {
        using var folder = new TempDirectory();
        var reviewed = folder.Combine("reviewed.docx");

        Annotate(SampleDraft.Agreement, SampleDraft.Path, reviewed, "en").Exit.ShouldBe(1);

        WordComments.BodyWithoutComments(reviewed).ShouldBe(WordComments.BodyWithoutComments(SampleDraft.Path));
        WordComments.StylesAndNumbering(reviewed).ShouldBe(WordComments.StylesAndNumbering(SampleDraft.Path));
    }

    [Test]
    public void Annotate_NeverWritesTheDraft_AndRefusesItAsTheOutput()
    {
        using var folder = new TempDirectory();
        var draft = folder.Combine("draft.docx");
        File.Copy(SampleDraft.Path, draft);
        var before = File.ReadAllBytes(draft);

        Annotate(SampleDraft.Agreement, draft, folder.Combine("reviewed.docx"), "en").Exit.ShouldBe(1);
        var (exit, _, error) = Annotate(SampleDraft.Agreement, draft, Path.Combine(folder.Path, ".", "draft.docx"), "en");

        exit.ShouldBe(2);
        error.ShouldContain("annotate only reads the draft and the agreement");
        File.ReadAllBytes(draft).ShouldBe(before);
    }

    [TestCase("not a zip at all")]
    [TestCase("zip")]
    public void Annotate_DraftThatIsNoWordDocument_ExitsTwoSayingSoAndWritesNothing(string kind)
    {
        using var folder = new TempDirectory();
        var draft = folder.Combine("draft.docx");
        if (kind == "zip")
        {
            using var zip = System.IO.Compression.ZipFile.Open(draft, System.IO.Compression.ZipArchiveMode.Create);
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a Word document");
        }
        else
        {
            File.WriteAllText(draft, kind);
        }

        var reviewed = folder.Combine("reviewed.docx");
        var (exit, output, error) = Annotate(SampleDraft.Agreement, draft, reviewed, "en");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("is not a Word document (.docx) that can be read");
        error.ShouldNotContain("   at ");
        File.Exists(reviewed).ShouldBeFalse();
    }

    [Test]
    public void Annotate_AgreementThatCannotBeRead_ExitsTwoWithItsErrorsAndWritesNothing()
    {
        using var folder = new TempDirectory();
        var agreement = folder.Write("agreement.yaml", "format: alliance-agreement/v1\nmembers: [\n");
        var reviewed = folder.Combine("reviewed.docx");

        var (exit, _, error) = Annotate(agreement, SampleDraft.Path, reviewed, "en");

        exit.ShouldBe(2);
        error.ShouldContain("AC001");
        error.ShouldContain("nothing was written");
        File.Exists(reviewed).ShouldBeFalse();
    }

    [Test]
    public void Annotate_DraftWithCommentsAlready_KeepsThemAndGivesTheNewOnesIdsOfTheirOwn()
    {
        using var folder = new TempDirectory();
        var once = folder.Combine("once.docx");
        var twice = folder.Combine("twice.docx");

        Annotate(SampleDraft.Agreement, SampleDraft.Path, once, "en").Exit.ShouldBe(1);
        Annotate(SampleDraft.Agreement, once, twice, "zh-CN").Exit.ShouldBe(1);

        WordFile.Errors(twice).ShouldBeEmpty();
        var comments = WordComments.Of(twice);
        comments.Count.ShouldBe(8);
        comments.Count(c => c.Text.Contains("What is wrong", StringComparison.Ordinal)).ShouldBe(3);
        comments.Count(c => c.Text.Contains("存在的问题", StringComparison.Ordinal)).ShouldBe(3);
    }

    [TestCase("Art. 12", "heading", "Article 12 Withdrawal")]
    [TestCase("Article 12", "plain", "Article 12 Withdrawal")]
    [TestCase("第十二条", "plain-chinese", "第十二条　成员退出")]
    [TestCase("第十二条第二款", "plain-chinese", "成员退出的，由理事会调整其项目任务。")]
    [TestCase("第十二条", "numbered-chinese", "成员退出联盟，应当书面通知理事会。")]
    [TestCase("Art. 12(2)", "numbered-english", "A withdrawing member hands over its open tasks.")]
    public void Annotate_FindsTheArticleTheClauseNames(string clause, string layout, string anchor)
    {
        using var folder = new TempDirectory();
        var agreement = WithdrawalClause(folder, clause);
        var draft = folder.Combine("draft.docx");
        TestDraft(draft, layout);
        var reviewed = folder.Combine("reviewed.docx");

        var (exit, _, error) = Annotate(agreement, draft, reviewed, "en");

        exit.ShouldBe(1, error);
        WordComments.Of(reviewed).Where(c => c.Text.Contains("withdrawal clause", StringComparison.Ordinal)).ShouldHaveSingleItem().Anchor.ShouldBe(anchor);
    }

    [TestCase("Art. 40")]
    [TestCase("Preamble")]
    public void Annotate_FindingWhoseArticleIsNotInTheDraft_IsInTheSummaryComment(string clause)
    {
        using var folder = new TempDirectory();
        var agreement = WithdrawalClause(folder, clause);
        var draft = folder.Combine("draft.docx");
        TestDraft(draft, "plain");
        var reviewed = folder.Combine("reviewed.docx");

        Annotate(agreement, draft, reviewed, "en").Exit.ShouldBe(1);

        var comments = WordComments.Of(reviewed);
        comments[0].Anchor.ShouldBe("Draft agreement");
        comments[0].Text.ShouldContain("Findings that name no article, or whose article was not found in this draft:");
        comments[0].Text.ShouldContain($"(Where in the draft: {clause}, notice period)");
        comments[0].Text.ShouldContain("The withdrawal clause states no period of notice");
    }

    [TestCase("en", "The withdrawal clause states no period of notice")]
    [TestCase("zh-CN", "退出条款")]
    public void AnnotatedDraft_PrintedByLibreOffice_CarriesTheCommentsBesideTheArticles(string lang, string withdrawal)
    {
        using var folder = new TempDirectory();
        var reviewed = folder.Combine("reviewed.docx");
        Annotate(SampleDraft.Agreement, SampleDraft.Path, reviewed, lang).Exit.ShouldBe(1);

        var pdf = Printed.PdfFromWord(reviewed, folder.Path);

        var text = Printed.Text(pdf);
        text.ShouldContain("第十一条" + Printed.Squeezed(Article11));
        text.ShouldContain("第三十一条" + Printed.Squeezed(Article31));
        var comments = PdfComments.Of(pdf);
        comments.Count.ShouldBe(4);
        comments.ShouldContain(c => c.Contains(withdrawal, StringComparison.Ordinal));
    }

    private static (int Exit, string Out, string Error) Annotate(string agreement, string draft, string output, string lang) =>
        Cli.RunOn(Today, string.Empty, "annotate", agreement, "--draft", draft, "--output", output, "--lang", lang);

    /// <summary>The Sichuan sample with its withdrawal clause (which states no notice period, AC704) named differently.</summary>
    private static string WithdrawalClause(TempDirectory folder, string clause) =>
        folder.Write("agreement.yaml", File.ReadAllText(SampleDraft.Agreement).Replace("clause: \"Art. 11\"", $"clause: \"{clause}\"", StringComparison.Ordinal));

    /// <summary>A short draft whose article 12 is a heading, a plain paragraph, or the third item of a list numbered from 10.</summary>
    private static void TestDraft(string path, string layout)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        Words.AddStyles(main, AllianceCompliance.Findings.Language.English);
        var body = new Body(Words.Paragraph(Words.Title, "Draft agreement"));
        switch (layout)
        {
            case "heading":
            case "plain":
                var style = layout == "heading" ? Words.Heading2 : null;
                body.Append(
                    Words.Paragraph(style, "Article 11 Admission"), Words.Paragraph(null, "New members join on a council resolution."),
                    Words.Paragraph(style, "Article 12 Withdrawal"), Words.Paragraph(null, "A member may withdraw by written notice."),
                    Words.Paragraph(style, "Article 13 Dissolution"), Words.Paragraph(null, "The alliance is dissolved when its goals are met."));
                break;
            case "plain-chinese":
                body.Append(
                    Words.Paragraph(null, "第十一条　成员加入"), Words.Paragraph(null, "经理事会决议，可以加入联盟。"),
                    Words.Paragraph(null, "第十二条　成员退出"), Words.Paragraph(null, "成员退出联盟，应当书面通知理事会。"), Words.Paragraph(null, "成员退出的，由理事会调整其项目任务。"),
                    Words.Paragraph(null, "第十三条　联盟解散"), Words.Paragraph(null, "联盟目标实现的，联盟解散。"));
                break;
            default:
                var chinese = layout == "numbered-chinese";
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                    new AbstractNum(new Level(
                        new StartNumberingValue { Val = 10 },
                        new NumberingFormat { Val = chinese ? NumberFormatValues.ChineseCounting : NumberFormatValues.Decimal },
                        new LevelText { Val = chinese ? "第%1条" : "Article %1." }) { LevelIndex = 0 }) { AbstractNumberId = 7 },
                    new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
                string[][] articles = chinese
                    ? [["经理事会决议，可以加入联盟。"], ["有下列情形之一的，联盟可以接纳新成员。"], ["成员退出联盟，应当书面通知理事会。"], ["联盟目标实现的，联盟解散。"]]
                    : [["New members join on a council resolution."], ["Members exchange results yearly."], ["A member may withdraw by written notice.", "A withdrawing member hands over its open tasks."], ["The alliance is dissolved when its goals are met."]];
                foreach (var paragraphs in articles)
                {
                    body.Append(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), Words.Run(paragraphs[0])));
                    body.Append(paragraphs.Skip(1).Select(p => Words.Paragraph(null, p)));
                }

                break;
        }

        main.Document = new Document(body);
    }
}

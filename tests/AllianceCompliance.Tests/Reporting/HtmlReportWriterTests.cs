using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AllianceCompliance.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedHtml()
    {
        ReportFixture.Write("html").ShouldMatchApproved(c => c.WithFileExtension("html").NoDiff());
    }

    [Test]
    public void Write_MemberNamedScript_AppearsAsTextNotAsAnElement()
    {
        var page = Parse(ReportFixture.Write("html"));

        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.QuerySelectorAll(".message").Select(m => m.TextContent)
            .ShouldContain($"Member '{ReportFixture.ScriptName}' is not an independent legal entity.");
        page.QuerySelectorAll("pre").Select(p => p.TextContent).ShouldContain(t => t.Contains("name: " + ReportFixture.ScriptName, StringComparison.Ordinal));
    }

    [Test]
    public void Write_Page_IsSelfContained()
    {
        var page = Parse(ReportFixture.Write("html"));

        page.QuerySelectorAll("script, link, img, iframe, object, embed").ShouldBeEmpty();
        page.QuerySelectorAll("[src], [href]").ShouldBeEmpty();
        page.QuerySelector("style").ShouldNotBeNull();
    }

    [TestCase(Language.English, "en", "Non-compliant", "How to fix it")]
    [TestCase(Language.Chinese, "zh-CN", "不合规", "修改建议")]
    public void Write_InALanguage_SetsLangAndTranslatesFixedTexts(Language language, string lang, string verdict, string fix)
    {
        var page = Parse(ReportFixture.Write("html", language));

        page.DocumentElement.GetAttribute("lang").ShouldBe(lang);
        page.QuerySelector("h2 .verdict")!.TextContent.ShouldBe(verdict);
        page.QuerySelectorAll("dt").Select(d => d.TextContent).ShouldContain(fix);
    }

    [Test]
    public void Write_Finding_SaysItsArticleAndCitationAndQuotesTwoLinesAroundItInTheAppendix()
    {
        var page = Parse(ReportFixture.Write("html"));

        var finding = page.QuerySelectorAll("article.finding").First(a => a.QuerySelector("h6")!.TextContent.Contains(ReportFixture.NotIndependent.Title.English, StringComparison.Ordinal));
        finding.QuerySelectorAll("dd").Select(d => d.TextContent).ShouldContain("Art. 5, list of member units (<script>alert(1)</script>): independent legal personality");
        finding.QuerySelectorAll("dd").Select(d => d.TextContent).ShouldContain("Guiding Opinions Art. 8(1)");
        finding.QuerySelectorAll("pre, code").ShouldBeEmpty();
        var location = page.QuerySelectorAll(".appendix article.location").First(a => a.QuerySelector("code")!.TextContent == "X104");
        var lines = location.QuerySelectorAll("pre code > span");
        lines.Select(l => l.QuerySelector(".ln")!.TextContent).ShouldBe(["11", "12", "13", "14", "15"]);
        location.QuerySelector("pre .hit").ShouldNotBeNull().TextContent.ShouldBe("13    legalPerson: { independent: false }");
    }

    [Test]
    public void Write_TechnicalLocations_AreOnlyInTheAppendix()
    {
        var page = Parse(ReportFixture.Write("html"));

        foreach (var appendix in page.QuerySelectorAll(".appendix").ToList())
        {
            appendix.Remove();
        }

        page.Body!.TextContent.ShouldNotContain("$.");
        page.QuerySelectorAll("pre").ShouldBeEmpty();
    }

    [Test]
    public void Write_Style_PrintsOnA4WithHeadingsKeptWithWhatFollowsAndSourceLinesWrapped()
    {
        var css = Parse(ReportFixture.Write("html")).QuerySelector("style")!.TextContent;

        css.ShouldContain("@page { size: A4;");
        css.ShouldContain("h1, h2, h3, h4, h5, h6 { break-after: avoid;");
        css.ShouldContain(".finding { border");
        css.ShouldContain("break-inside: avoid");
        css.ShouldContain("pre span { display: block;");
        css.ShouldContain("white-space: pre-wrap");
        css.ShouldNotContain("overflow-x: auto");
    }

    [Test]
    public void Write_WithoutSourceText_QuotesNothing()
    {
        var output = new StringWriter();

        new HtmlReportWriter().Write(ReportFixture.Report(), output, new ReportOptions { SourceText = null });

        var page = Parse(output.ToString());
        page.QuerySelectorAll("pre").ShouldBeEmpty();
        page.QuerySelectorAll("article.finding").Length.ShouldBe(6);
    }

    [Test]
    public void Write_FileCheckedByTheChecker_QuotesItsLinesByDefaultUntilTheFileChanges()
    {
        var directory = Directory.CreateTempSubdirectory("alliance-html-");
        try
        {
            var path = Path.Combine(directory.FullName, "agreement.yaml");
            File.WriteAllText(path, Robustness.Agreements.Compliant.Replace("independent: true", "independent: false", StringComparison.Ordinal));
            var checker = Robustness.Agreements.Checker;
            var report = new CheckReport("1.0.0", "rules", "1", [checker.CheckFile(path)]);

            var quoted = Parse(Html(report)).QuerySelectorAll("pre .hit").Select(h => h.TextContent).ToList();
            File.AppendAllText(path, "# edited after the check\n");
            var afterEdit = Parse(Html(report)).QuerySelectorAll("pre");

            quoted.ShouldContain(line => line.Contains("independent: false", StringComparison.Ordinal));
            afterEdit.ShouldBeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Html(CheckReport report)
    {
        var output = new StringWriter();
        new HtmlReportWriter().Write(report, output, new ReportOptions());
        return output.ToString();
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

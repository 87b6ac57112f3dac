using AllianceCompliance.Findings;
using AngleSharp.Html.Parser;
using Markdig;

namespace AllianceCompliance.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedMarkdown()
    {
        ReportFixture.Write("markdown").ShouldMatchApproved(c => c.WithFileExtension("md").NoDiff());
    }

    [Test]
    public void Write_FixedReportInChinese_MatchesApprovedMarkdown()
    {
        ReportFixture.Write("markdown", Language.Chinese).ShouldMatchApproved(c => c.WithFileExtension("md").NoDiff());
    }

    [Test]
    public void Write_MemberNamedLikeHtmlAndTableSyntax_RendersAsTextWithoutElements()
    {
        var html = Markdown.ToHtml(ReportFixture.Write("markdown"), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        var page = new HtmlParser().ParseDocument(html);

        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.Body!.TextContent.ShouldContain(ReportFixture.ScriptName);
        page.Body.TextContent.ShouldContain("a|b *c* _d_ [e](http://f) `g` & $x$");
        page.QuerySelectorAll("a").Select(a => a.TextContent).ShouldNotContain("e");
        var rows = page.QuerySelectorAll("table").First().QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(8);
        rows.ShouldAllBe(row => row.Children.Length == 4);
    }

    [Test]
    public void Write_FixedReport_HeadsEachDocumentWithItsVerdict()
    {
        var markdown = ReportFixture.Write("markdown");

        markdown.ShouldContain("## agreements/example.yaml: NON-COMPLIANT");
        markdown.ShouldContain("## agreements/broken.yaml: INVALID");
    }
}

using AllianceCompliance.Reporting;
using AngleSharp.Html.Parser;
using Markdig;

namespace AllianceCompliance.Tests.Reporting;

public sealed class MarkdownTextTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [TestCase("<script>alert(1)</script>")]
    [TestCase("a|b")]
    [TestCase("*bold* _em_ **strong** ~~gone~~")]
    [TestCase("[link](http://example.com) ![img](x.png)")]
    [TestCase("`code` and \\ backslash")]
    [TestCase("&lt; &amp; entity")]
    [TestCase("<b>bold</b> <!-- comment -->")]
    [TestCase("China Coating Industry Co., Ltd. (Tianjin) #1 - 100% + 2.5")]
    public void Escape_AgreementTextInTableCell_RendersAsTheSameTextInOneCell(string text)
    {
        var markdown = $"| a | b |\n|---|---|\n| {MarkdownText.Escape(text)} | x |\n";

        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Gfm));

        var cells = html.QuerySelectorAll("tbody td");
        cells.Length.ShouldBe(2);
        cells[0].TextContent.ShouldBe(text);
        // GFM turns a bare URL into a link to itself, as in any comment; nothing else may become an element.
        cells[0].Children.ShouldAllBe(e => e.LocalName == "a" && e.TextContent == e.GetAttribute("href"));
    }

    [Test]
    public void Escape_TextWithLineBreaks_StaysOnOneLine()
    {
        MarkdownText.Escape("first\r\nsecond\nthird\rfourth").ShouldBe("first second third fourth");
    }

    [Test]
    public void Escape_ControlCharacter_IsReplaced()
    {
        MarkdownText.Escape("a\u0001b").ShouldBe("a\uFFFDb");
    }
}

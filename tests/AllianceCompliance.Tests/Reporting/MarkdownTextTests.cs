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
        cells[0].Children.ShouldBeEmpty();
    }

    [Test]
    public void Escape_TextWithLineBreaks_StaysOnOneLine()
    {
        MarkdownText.Escape("first\r\nsecond\nthird\rfourth").ShouldBe("first second third fourth");
    }

    [TestCase("a\u0001b", "a\\\\u0001b")]
    [TestCase("a\u202Eb", "a\\\\u202Eb")]
    [TestCase("a\u200Bb", "a\\\\u200Bb")]
    public void Escape_ControlOrInvisibleCharacter_IsShownAsAVisibleEscape(string text, string escaped)
    {
        MarkdownText.Escape(text).ShouldBe(escaped);
        Markdown.ToPlainText(escaped, Gfm).Trim().ShouldBe(escaped.Replace("\\\\", "\\", StringComparison.Ordinal));
    }

    [TestCase("see https://evil.example/x and http://evil.example")]
    [TestCase("www.evil.example and WWW.evil.example")]
    [TestCase("write to someone@evil.example or mailto:someone@evil.example")]
    [TestCase("![pixel](https://evil.example/p.png) [here](https://evil.example)")]
    [TestCase("<https://evil.example> <someone@evil.example> <img src=x>")]
    [TestCase("ftp://evil.example tel:+8610 xmpp:a@evil.example")]
    public void Escape_AutolinkImageOrMention_RendersAsTextWithoutALinkOrImage(string text)
    {
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml($"Member '{MarkdownText.Escape(text)}' is not independent.", Gfm));

        html.QuerySelectorAll("a, img").ShouldBeEmpty();
        html.Body!.TextContent.Trim().ShouldBe($"Member '{text}' is not independent.");
    }
}

using System.Security.Cryptography;
using AllianceCompliance.Cli.Tests.Word;
using AngleSharp.Html.Parser;

namespace AllianceCompliance.Cli.Tests;

/// <summary>The HTML report as a lawyer forwards and prints it.</summary>
public sealed class HtmlPrintTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static string Hunan => Path.Combine(Cli.Samples, "hunan-rail-traction-alliance.yaml");

    [Test]
    public void Html_StatesTheCheckAndWhatEachConditionWasCheckedAgainst_NamingMembersByName()
    {
        using var folder = new TempDirectory();
        var html = Write(folder, "en");

        var page = new HtmlParser().ParseDocument(File.ReadAllText(html));
        var facts = page.QuerySelectorAll("table.facts tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        facts["Alliance"].ShouldBe("Hunan Rail Transit Traction Equipment Industry Technology Innovation Strategic Alliance");
        facts["Name in Chinese"].ShouldBe("湖南轨道交通牵引装备产业技术创新战略联盟");
        facts["Agreement"].ShouldStartWith("Cooperation Agreement of the Hunan Rail Transit");
        facts["File reviewed"].ShouldBe("hunan-rail-traction-alliance.yaml");
        facts["SHA-256 of the file"].ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Hunan))));
        facts["Date and time of the check"].ShouldBe("2026-03-02 12:00 (UTC+00:00)");
        facts["Tool"].ShouldBe($"alliance-check {AllianceCheck.Version}");
        facts["Rule set"].ShouldStartWith("guiding-opinions-2008 ");

        var organisation = page.QuerySelectorAll("section.condition").Single(s => s.QuerySelector("h4")!.TextContent.StartsWith("Decision, consultation and execution bodies", StringComparison.Ordinal));
        organisation.QuerySelector("blockquote")!.TextContent.ShouldContain("The entity responsible for the alliance's external obligations must be clearly defined.");
        organisation.QuerySelectorAll("table.provides td").Select(c => c.TextContent).ShouldContain("Bears the external obligations");
        page.QuerySelectorAll(".finding .message").Select(m => m.TextContent).ShouldContain("Member Hunan Institute of Rail Transit Technology has not signed the agreement.");
    }

    [TestCase("en", "Alliance Agreement Compliance Report", "Appendix: technical locations")]
    [TestCase("zh-CN", "联盟协议合规检查报告", "附录：技术定位")]
    public void Html_PrintedByChromium_IsA4WithNoHeadingLeftAtThePageFoot(string lang, string title, string appendix)
    {
        using var folder = new TempDirectory();
        var html = Write(folder, lang);

        var pdf = Printed.PdfFromHtml(html, folder.Path);

        Printed.Pages(pdf).ShouldBeInRange(3, 14);
        var text = Printed.Text(pdf);
        text.ShouldContain(Printed.Squeezed(title));
        text.ShouldContain(Printed.Squeezed(appendix));
        text.ShouldContain("$.agreement.signatures[1].sealed");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(html));
        var headings = page.QuerySelectorAll("h2, h3, h4, h5, h6").Select(h => h.TextContent.Trim()).ToHashSet();
        foreach (var (lines, number) in Printed.PageLines(pdf).Select((lines, i) => (lines, i + 1)))
        {
            headings.ShouldNotContain(lines[^1], $"page {number} ends with a heading");
        }
    }

    private static string Write(TempDirectory folder, string lang)
    {
        var html = folder.Combine($"report-{lang}.html");
        var (exit, _, error) = Cli.RunOn(Today, string.Empty, "check", Hunan, "--format", "html", "--output", html, "--lang", lang);
        exit.ShouldBe(1, error);
        return html;
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes one self-contained HTML page (<c>--format html</c>) a legal adviser can open or forward:
/// inline style, no scripts, no external assets. Per document the verdict, the table of conditions,
/// and each finding with its citation, clause, remediation and, when <see cref="ReportOptions.SourceText"/>
/// gives the document's text, the quoted lines around it (each cut to a window around the finding's
/// column, <see cref="SourceExcerpt.Width"/>). Every piece of agreement text is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    public void Write(CheckReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language;
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine($"""<html lang="{WireNames.Of(language)}">""");
        output.WriteLine("<head>");
        output.WriteLine("""<meta charset="utf-8">""");
        output.WriteLine("""<meta name="viewport" content="width=device-width, initial-scale=1">""");
        output.WriteLine($"<title>{T("Alliance agreement compliance report", "联盟协议合规检查报告")}</title>");
        output.WriteLine($"<style>\n{HtmlStyle.Css}\n</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine($"<h1>{T("Alliance agreement compliance report", "联盟协议合规检查报告")}</h1>");
        output.WriteLine($"""<p class="meta">{E(T(
            $"Checked by alliance-check {report.ToolVersion} against rule set {report.RuleSetId} {report.RuleSetVersion} (Guiding Opinions, Guo Ke Fa Zheng [2008] No. 770).",
            $"由 alliance-check {report.ToolVersion} 按规则集 {report.RuleSetId} {report.RuleSetVersion}（《关于推动产业技术创新战略联盟构建的指导意见》，国科发政〔2008〕770号）检查。"))}</p>""");
        output.WriteLine($"<p>{E(ReportWords.Summary(report.Summary, language))}</p>");
        foreach (var document in report.Documents)
        {
            WriteDocument(output, document, options);
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteDocument(TextWriter output, DocumentReport document, ReportOptions options)
    {
        var language = options.Language;
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);
        output.WriteLine("<section>");
        output.WriteLine($"""<h2>{E(document.Path)}<span class="verdict v-{WireNames.Of(document.Verdict)}">{E(ReportWords.Of(document.Verdict, language))}</span></h2>""");
        if (document.Alliance is not null)
        {
            output.WriteLine($"""<p class="meta">{E(document.Alliance)}</p>""");
        }

        output.WriteLine("<table>");
        output.WriteLine($"<thead><tr><th>{T("Condition", "条件")}</th><th>{T("Title", "名称")}</th><th>{T("Status", "状态")}</th><th>{T("Findings", "问题数")}</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var result in document.Conditions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""<tr><td>{E(result.Condition.Id)}</td><td>{E(result.Condition.Title.In(language))}</td><td class="s-{WireNames.Of(result.Status)}">{E(ReportWords.Of(result.Status, language))}</td><td class="n">{result.Findings}</td></tr>"""));
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine($"<h3>{T("Findings", "问题")}</h3>");
        if (document.Findings.IsEmpty)
        {
            output.WriteLine($"<p>{T("No findings.", "未发现问题。")}</p>");
        }
        else
        {
            var source = options.SourceText?.Invoke(document);
            var lines = source is null ? null : SourceExcerpt.Lines(source);
            foreach (var finding in document.Findings)
            {
                WriteFinding(output, document, finding, lines, language);
            }
        }

        output.WriteLine("</section>");
    }

    private static void WriteFinding(TextWriter output, DocumentReport document, Finding finding, string[]? lines, Language language)
    {
        string T(string english, string chinese) => ReportWords.Pick(language, english, chinese);
        var severity = WireNames.Of(finding.Severity);
        var waived = finding.Waived ? T(" (waived)", "（已豁免）") : string.Empty;
        output.WriteLine($"""<article class="finding {severity}{(finding.Waived ? " waived" : string.Empty)}">""");
        output.WriteLine($"""<h4><span class="sev">{E(ReportWords.Of(finding.Severity, language) + waived)}</span><code>{E(finding.RuleId)}</code> {E(finding.Rule.Title.In(language))}</h4>""");
        output.WriteLine($"""<p class="message">{E(finding.Message.In(language))}</p>""");
        output.WriteLine("<dl>");
        output.WriteLine($"<dt>{T("Location", "位置")}</dt><dd>{E(ReportWords.Position(document, finding))} <code>{E(finding.Location.Path)}</code></dd>");
        foreach (var (label, value) in ReportWords.Details(finding, language))
        {
            output.WriteLine($"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
        }

        output.WriteLine("</dl>");
        var excerpt = lines is null ? [] : SourceExcerpt.Around(lines, finding.Location.Line, finding.Location.Column);
        if (excerpt.Count > 0)
        {
            output.Write("<pre><code>");
            foreach (var (number, text) in excerpt)
            {
                var hit = number == finding.Location.Line ? """ class="hit" """.TrimEnd() : string.Empty;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"""<span{hit}><span class="ln">{number}</span>{E(text)}</span>"""));
            }

            output.WriteLine("</code></pre>");
        }

        output.WriteLine("</article>");
    }

    // Every script stays readable (Chinese names are not turned into character references); markup
    // characters are encoded. Control and invisible format characters (bidirectional overrides) are
    // first made visible escapes, so no numeric reference to a control character reaches the page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(Printable.Visible(text));
}

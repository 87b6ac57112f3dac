using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes one self-contained HTML page (<c>--format html</c>) a legal adviser can open, forward or
/// print (A4): inline style, no scripts, no external assets. It says what the review memo says: per
/// document the alliance, the file's name and SHA-256, when and with what it was checked; the
/// conditions at a glance; for each condition the provision's wording, what the agreement provides
/// and the findings (members by name); and, in a technical appendix only, where each finding is in
/// the YAML file (line, column, path and, when <see cref="ReportOptions.SourceText"/> gives the text,
/// the quoted lines, each cut to a window around the finding's column, <see cref="SourceExcerpt.Width"/>).
/// Every piece of agreement text is HTML-encoded.
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

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine($"""<html lang="{WireNames.Of(language)}">""");
        output.WriteLine("<head>");
        output.WriteLine("""<meta charset="utf-8">""");
        output.WriteLine("""<meta name="viewport" content="width=device-width, initial-scale=1">""");
        output.WriteLine($"<title>{E(Words.Review.ReportTitle.In(language))}</title>");
        output.WriteLine($"<style>\n{HtmlStyle.Css}\n</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<header>");
        output.WriteLine($"<h1>{E(Words.Review.ReportTitle.In(language))}</h1>");
        output.WriteLine($"""<p class="subtitle">{string.Join("<br>", Words.Review.Against.In(language).Split('\n').Select(E))}</p>""");
        output.WriteLine($"""<p class="meta">{E(Words.Review.Scope.In(language))}</p>""");
        output.WriteLine($"<p>{E(ReportWords.Summary(report.Summary, language))}</p>");
        output.WriteLine("</header>");
        foreach (var document in report.Documents)
        {
            WriteDocument(output, report, DocumentReview.Of(document, options), options);
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteDocument(TextWriter output, CheckReport report, DocumentReview review, ReportOptions options)
    {
        var language = options.Language;
        var document = review.Report;
        output.WriteLine("""<section class="document">""");
        output.WriteLine("""<div class="keep">""");
        output.WriteLine($"""<h2>{E(review.Alliance ?? ReviewHeader.FileName(document.Path))}<span class="verdict v-{WireNames.Of(document.Verdict)}">{E(Words.Review.Of(document.Verdict).In(language))}</span></h2>""");
        output.WriteLine("""<table class="facts"><tbody>""");
        foreach (var (label, value) in ReviewHeader.Rows(report, review, options))
        {
            var shown = label == Words.Review.Sha256.In(language) ? $"<code>{E(value)}</code>" : E(value);
            output.WriteLine($"<tr><th>{E(label)}</th><td>{shown}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
        output.WriteLine("</div>");
        if (!review.LoadErrors.IsEmpty)
        {
            output.WriteLine("""<div class="keep">""");
            output.WriteLine($"<h3>{E(Words.Review.LoadErrors.In(language))}</h3>");
            foreach (var finding in review.LoadErrors)
            {
                WriteFinding(output, finding, language);
                if (finding == review.LoadErrors[0])
                {
                    output.WriteLine("</div>");
                }
            }
        }

        // A table's heading is its caption: printed with the table's first rows, never alone at a page's foot.
        output.WriteLine("""<table class="glance">""");
        output.WriteLine($"<caption><h3>{E(Words.Review.AtAGlance.In(language))}</h3></caption>");
        output.WriteLine($"<thead><tr><th>{E(Words.ConditionLabel.In(language))}</th><th>{E(Words.Review.Source.In(language))}</th><th>{E(Words.Review.Status.In(language))}</th><th>{E(Words.FindingsLabel.In(language))}</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var condition in review.Conditions)
        {
            var result = condition.Result;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""<tr><td>{E(result.Condition.Title.In(language))}</td><td>{E(condition.Provision.Citation.In(language))}</td><td class="s-{WireNames.Of(result.Status)}">{E(Words.Review.Of(result.Status).In(language))}</td><td class="n">{result.Findings}</td></tr>"""));
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        WriteResolved(output, review, language);

        if (document.Verdict == Verdict.Invalid)
        {
            // Nothing was assessed: the conditions' details would only repeat "not assessed".
            WriteAppendix(output, review, options);
            output.WriteLine("</section>");
            return;
        }

        // Each heading is printed in one unbreakable block with what follows it, so no page ends with a heading.
        var lead = $"<h3>{E(Words.Review.InDetail.In(language))}</h3>";
        foreach (var condition in review.Conditions)
        {
            WriteCondition(output, condition, language, lead);
            lead = string.Empty;
        }

        WriteAppendix(output, review, options);
        output.WriteLine("</section>");
    }

    private static void WriteCondition(TextWriter output, ReviewedCondition condition, Language language, string lead)
    {
        var status = condition.Result.Status;
        output.WriteLine("""<section class="condition">""");
        output.WriteLine($"""<div class="keep">{lead}""");
        output.WriteLine($"""<h4>{E(condition.Result.Condition.Title.In(language))} <span class="s-{WireNames.Of(status)}">{E(Words.Review.Of(status).In(language))}</span></h4>""");
        output.WriteLine($"""<p class="cites">{E(ReportWords.Label(Words.Review.Requires, condition.Provision.Citation.In(language), language))}</p>""");
        output.WriteLine($"<blockquote>{E(condition.Provision.Text.In(language))}</blockquote>");
        if (status == ConditionStatus.NotAssessed)
        {
            output.WriteLine($"<p>{E(condition.NotAssessed!.In(language))}</p>");
            output.WriteLine("</div>");
            output.WriteLine("</section>");
            return;
        }

        if (condition.Provides.IsEmpty)
        {
            output.WriteLine($"<h5>{E(Words.Review.Provides.In(language))}</h5>");
            output.WriteLine($"<p>{E(Words.Review.ProvidesNothing.In(language))}</p>");
            output.WriteLine("</div>");
        }
        else
        {
            output.WriteLine("</div>");
            output.WriteLine("""<table class="provides">""");
            output.WriteLine($"<caption><h5>{E(Words.Review.Provides.In(language))}</h5></caption>");
            output.WriteLine($"<thead><tr><th>{E(Words.Review.ArticleColumn.In(language))}</th><th>{E(Words.Review.Item.In(language))}</th><th>{E(Words.Review.TermsColumn.In(language))}</th></tr></thead>");
            output.WriteLine("<tbody>");
            foreach (var provided in condition.Provides)
            {
                output.WriteLine($"<tr><td>{E(provided.Clause ?? "—")}</td><td>{E(provided.Label)}</td><td>{E(provided.Value)}</td></tr>");
            }

            output.WriteLine("</tbody>");
            output.WriteLine("</table>");
        }

        output.WriteLine("""<div class="keep">""");
        output.WriteLine($"<h5>{E(Words.Review.FindingsHeading.In(language))}</h5>");
        if (condition.Findings.IsEmpty)
        {
            output.WriteLine($"<p>{E(Words.Review.NoFindings.In(language))}</p>");
        }

        foreach (var (finding, index) in condition.Findings.Select((f, i) => (f, i)))
        {
            WriteFinding(output, finding, language);
            if (index == 0)
            {
                output.WriteLine("</div>");
            }
        }

        if (condition.Findings.IsEmpty)
        {
            output.WriteLine("</div>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteFinding(TextWriter output, ReviewedFinding reviewed, Language language)
    {
        var finding = reviewed.Finding;
        var severity = ReviewHeader.Severity(finding, language);
        output.WriteLine($"""<article class="finding {WireNames.Of(finding.Severity)}{(finding.Waived ? " waived" : string.Empty)}">""");
        var compared = ReviewHeader.Compared(finding, language) is { } state ? $""" <span class="compared">{E(state)}</span>""" : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""<h6>{reviewed.Number}. <span class="sev">{E(severity)}</span>{compared} {E(finding.Rule.Title.In(language))}</h6>"""));
        output.WriteLine($"""<p class="message">{E(reviewed.Message)}</p>""");
        output.WriteLine("<dl>");
        output.WriteLine($"<dt>{E(Words.Review.Where.In(language))}</dt><dd>{E(reviewed.Where)}</dd>");
        output.WriteLine($"<dt>{E(Words.CitesLabel.In(language))}</dt><dd>{E(finding.Rule.Citation.In(language))}</dd>");
        output.WriteLine($"<dt>{E(Words.Review.Fix.In(language))}</dt><dd>{E(reviewed.Fix)}</dd>");
        if (finding.Waiver is { } waiver)
        {
            output.WriteLine($"<dt>{E(Words.WaivedLabel.In(language))}</dt><dd>{E(waiver.Justification)}</dd>");
        }

        output.WriteLine("</dl>");
        output.WriteLine("</article>");
    }

    /// <summary>The findings of the previous draft (<c>--baseline</c>) that this one no longer has.</summary>
    private static void WriteResolved(TextWriter output, DocumentReview review, Language language)
    {
        if (review.Resolved is not { IsEmpty: false } resolved)
        {
            return;
        }

        var messages = resolved.Any(r => r.Message is not null);
        output.WriteLine("""<table class="resolved">""");
        output.WriteLine($"""<caption><h3>{E(Words.Review.ResolvedHeading.In(language))}</h3><p class="meta">{E(Words.Review.ResolvedNote.In(language))}</p></caption>""");
        var earlier = messages ? $"<th>{E(Words.Review.EarlierMessage.In(language))}</th>" : string.Empty;
        output.WriteLine($"<thead><tr><th>{E(Words.Review.ResolvedFinding.In(language))}</th><th>{E(Words.Review.Where.In(language))}</th>{earlier}</tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var gone in resolved)
        {
            var message = messages ? $"<td>{E(gone.Message ?? "—")}</td>" : string.Empty;
            output.WriteLine($"<tr><td>{E(gone.Title)}</td><td>{E(gone.Where ?? "—")}</td>{message}</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    /// <summary>The technical appendix: where each finding is in the YAML file, with the lines around it when the text is at hand.</summary>
    private static void WriteAppendix(TextWriter output, DocumentReview review, ReportOptions options)
    {
        var language = options.Language;
        var findings = review.Findings.ToList();
        if (findings.Count == 0)
        {
            return;
        }

        var source = options.SourceText?.Invoke(review.Report);
        var lines = source is null ? null : SourceExcerpt.Lines(source);
        output.WriteLine("""<section class="appendix">""");
        output.WriteLine("""<div class="keep">""");
        output.WriteLine($"<h3>{E(Words.Review.Appendix.In(language))}</h3>");
        output.WriteLine($"""<p class="meta">{E(Words.Review.AppendixNote.In(language))}</p>""");
        foreach (var reviewed in findings)
        {
            var location = reviewed.Finding.Location;
            output.WriteLine("""<article class="location">""");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""<p><strong>{reviewed.Number}.</strong> <code>{E(reviewed.Finding.RuleId)}</code> {E(Words.Review.Line.In(language))} {location.Line}{E(Words.ValueSeparator.In(language))}{E(Words.Review.Column.In(language))} {location.Column}{E(Words.ValueSeparator.In(language))}<code>{E(location.Path)}</code></p>"""));
            var excerpt = lines is null ? [] : SourceExcerpt.Around(lines, location.Line, location.Column);
            if (excerpt.Count > 0)
            {
                output.Write("<pre><code>");
                foreach (var (number, text) in excerpt)
                {
                    var hit = number == location.Line ? """ class="hit" """.TrimEnd() : string.Empty;
                    output.Write(string.Create(CultureInfo.InvariantCulture, $"""<span{hit}><span class="ln">{number}</span>{E(text)}</span>"""));
                }

                output.WriteLine("</code></pre>");
            }

            output.WriteLine("</article>");
            if (reviewed == findings[0])
            {
                output.WriteLine("</div>");
            }
        }

        output.WriteLine("</section>");
    }

    // Every script stays readable (Chinese names are not turned into character references); markup
    // characters are encoded. Control and invisible format characters (bidirectional overrides) are
    // first made visible escapes, so no numeric reference to a control character reaches the page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(Printable.Visible(text));
}

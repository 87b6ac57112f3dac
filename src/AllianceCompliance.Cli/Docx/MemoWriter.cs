using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static AllianceCompliance.Cli.Docx.Word;

namespace AllianceCompliance.Cli.Docx;

/// <summary>
/// Writes the review memo (<c>--format docx</c>): a Word document a lawyer can forward. For each
/// agreement, its own section: the alliance, the file and its SHA-256, when and with what it was
/// checked; the conditions at a glance; for each condition the wording of the provision, what the
/// agreement provides (with its own article numbers) and the findings. The technical locations
/// (line, column, YAML path) are in an appendix at the end, and nowhere else.
/// </summary>
internal static class MemoWriter
{
    public static void Write(CheckReport report, Stream output, ReportOptions options)
    {
        // The package is made in memory: Open XML needs a seekable stream, standard output is not one.
        using var memory = new MemoryStream();
        using (var package = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var language = options.Language;
            var main = package.AddMainDocumentPart();
            AddStyles(main, language);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumbers(language));
            package.PackageProperties.Title = ReviewWords.MemoTitle.In(language);
            package.PackageProperties.Creator = $"alliance-check {report.ToolVersion}";
            package.PackageProperties.Created = options.CheckedAt?.UtcDateTime;

            var reviews = report.Documents.Select(d => DocumentReview.Of(d, options)).ToList();
            var body = new Body();
            body.Append(Paragraph(Word.Title, ReviewWords.MemoTitle.In(language)));
            body.Append(Paragraph(Subtitle, ReviewWords.Against.In(language)));
            body.Append(Paragraph(Small, ReviewWords.Scope.In(language)));
            foreach (var review in reviews)
            {
                WriteDocument(body, report, review, options, first: ReferenceEquals(review, reviews[0]));
            }

            WriteAppendix(body, reviews, language);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }

    private static void WriteDocument(Body body, CheckReport report, DocumentReview review, ReportOptions options, bool first)
    {
        var language = options.Language;
        var heading = Paragraph(Heading1, review.Alliance ?? ReviewHeader.FileName(review.Report.Path));
        if (!first)
        {
            heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        }

        body.Append(heading);
        body.Append(Table(
            [1500, 3500],
            ReviewHeader.Rows(report, review, options).Select(row => new OpenXmlElement[]
            {
                Cell(row.Label, bold: true),
                Cell(row.Value, mono: row.Label == ReviewWords.Sha256.In(language)),
            })));

        if (!review.LoadErrors.IsEmpty)
        {
            body.Append(Paragraph(Heading2, ReviewWords.LoadErrors.In(language)));
            foreach (var finding in review.LoadErrors)
            {
                WriteFinding(body, finding, language);
            }
        }

        body.Append(Paragraph(Heading2, ReviewWords.AtAGlance.In(language)));
        body.Append(Table(
            [2000, 1450, 850, 700],
            review.Conditions.Select(c => new OpenXmlElement[]
            {
                Cell(c.Result.Condition.Title.In(language)),
                Cell(c.Provision.Citation.In(language)),
                Cell(ReviewWords.Of(c.Result.Status).In(language), bold: c.Result.Status == ConditionStatus.NotMet),
                Cell(c.Result.Findings.ToString(CultureInfo.InvariantCulture)),
            }),
            [ReviewWords.Condition.In(language), ReviewWords.Source.In(language), ReviewWords.Status.In(language), ReviewWords.FindingCount.In(language)]));

        if (review.Report.Verdict == Verdict.Invalid)
        {
            return; // nothing was assessed: the conditions' details would only repeat "not assessed"
        }

        body.Append(Paragraph(Heading2, ReviewWords.InDetail.In(language)));
        foreach (var condition in review.Conditions)
        {
            WriteCondition(body, condition, language);
        }
    }

    private static void WriteCondition(Body body, ReviewedCondition condition, Language language)
    {
        body.Append(Paragraph(Heading3, $"{condition.Result.Condition.Title.In(language)} — {ReviewWords.Of(condition.Result.Status).In(language)}"));
        body.Append(Labelled(ReviewWords.Requires.In(language), condition.Provision.Citation.In(language), language, keepNext: true));
        body.Append(Paragraph(Quote, condition.Provision.Text.In(language)));
        if (condition.Result.Status == ConditionStatus.NotAssessed)
        {
            body.Append(Paragraph(null, ReviewWords.NotAssessed.In(language)));
            return;
        }

        body.Append(Paragraph(null, Run(ReviewWords.Provides.In(language), bold: true)).KeepNext());
        if (condition.Provides.IsEmpty)
        {
            body.Append(Paragraph(null, ReviewWords.ProvidesNothing.In(language)));
        }
        else
        {
            body.Append(Table(
                [800, 1200, 3000],
                condition.Provides.Select(p => new OpenXmlElement[] { Cell(p.Clause ?? "—"), Cell(p.Label), Cell(p.Value) }),
                [ReviewWords.ArticleColumn.In(language), ReviewWords.Item.In(language), ReviewWords.TermsColumn.In(language)]));
        }

        body.Append(Paragraph(null, Run(ReviewWords.FindingsHeading.In(language), bold: true)).KeepNext().SpaceBefore());
        if (condition.Findings.IsEmpty)
        {
            body.Append(Paragraph(null, ReviewWords.NoFindings.In(language)));
        }

        foreach (var finding in condition.Findings)
        {
            WriteFinding(body, finding, language);
        }
    }

    private static void WriteFinding(Body body, ReviewedFinding reviewed, Language language)
    {
        var finding = reviewed.Finding;
        var severity = ReviewWords.Of(finding.Severity).In(language) + (finding.Waived ? ReviewWords.Parenthesised.Format(ReviewWords.Waived.In(language)).In(language) : string.Empty);
        body.Append(Paragraph(null, Run($"{reviewed.Number}. {ReviewWords.SeverityTag.Format(severity).In(language)} ", bold: true), Run(finding.Rule.Title.In(language), bold: true)).KeepNext());
        body.Append(Labelled(ReviewWords.Article.In(language), ReviewHeader.Article(finding, language), language, keepNext: true).Indented());
        body.Append(Labelled(ReviewWords.Cites.In(language), finding.Rule.Citation.In(language), language, keepNext: true).Indented());
        body.Append(Labelled(ReviewWords.Issue.In(language), reviewed.Message, language, keepNext: true).Indented());
        body.Append(Labelled(ReviewWords.Fix.In(language), finding.Rule.Remediation.In(language), language, keepNext: finding.Waiver is not null).Indented());
        if (finding.Waiver is { } waiver)
        {
            body.Append(Labelled(ReviewWords.WaivedBecause.In(language), waiver.Justification, language).Indented());
        }
    }

    private static void WriteAppendix(Body body, IReadOnlyList<DocumentReview> reviews, Language language)
    {
        var heading = Paragraph(Heading1, ReviewWords.Appendix.In(language));
        heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        body.Append(heading);
        body.Append(Paragraph(null, ReviewWords.AppendixNote.In(language)));
        foreach (var review in reviews)
        {
            body.Append(Paragraph(Heading3, (review.Alliance ?? ReviewHeader.FileName(review.Report.Path)) + ReviewWords.Parenthesised.Format(ReviewHeader.FileName(review.Report.Path)).In(language)));
            var findings = review.Findings.ToList();
            if (findings.Count == 0)
            {
                body.Append(Paragraph(null, ReviewWords.NoFindings.In(language)));
                continue;
            }

            body.Append(Table(
                [450, 650, 500, 550, 2850],
                findings.Select(f => new OpenXmlElement[]
                {
                    Cell(f.Number.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.RuleId),
                    Cell(f.Finding.Location.Line.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.Location.Column.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.Location.Path, mono: true),
                }),
                [ReviewWords.Number.In(language), ReviewWords.Rule.In(language), ReviewWords.Line.In(language), ReviewWords.Column.In(language), ReviewWords.Path.In(language)]));
        }
    }

    /// <summary>The footer: "Page X of Y" with Word's PAGE and NUMPAGES fields.</summary>
    private static Paragraph PageNumbers(Language language)
    {
        var words = ReviewWords.Page.In(language);
        var first = words.IndexOf("{0}", StringComparison.Ordinal);
        var second = words.IndexOf("{1}", StringComparison.Ordinal);
        var paragraph = Paragraph(Small,
            Run(words[..first]),
            new SimpleField(Run("1")) { Instruction = " PAGE " },
            Run(words[(first + 3)..second]),
            new SimpleField(Run("1")) { Instruction = " NUMPAGES " },
            Run(words[(second + 3)..]));
        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        return paragraph;
    }

    private static Paragraph KeepNext(this Paragraph paragraph)
    {
        (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        return paragraph;
    }

    private static Paragraph SpaceBefore(this Paragraph paragraph)
    {
        (paragraph.ParagraphProperties ??= new ParagraphProperties()).SpacingBetweenLines = new SpacingBetweenLines { Before = "200" };
        return paragraph;
    }

    private static Paragraph Indented(this Paragraph paragraph)
    {
        (paragraph.ParagraphProperties ??= new ParagraphProperties()).Indentation = new Indentation { Left = "357" };
        return paragraph;
    }
}

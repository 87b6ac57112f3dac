using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Resources;
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
            package.PackageProperties.Title = Words.Review.MemoTitle.In(language);
            package.PackageProperties.Creator = $"alliance-check {report.ToolVersion}";
            package.PackageProperties.Created = options.CheckedAt?.UtcDateTime;

            var reviews = report.Documents.Select(d => DocumentReview.Of(d, options)).ToList();
            var body = new Body();
            body.Append(Paragraph(Word.Title, Words.Review.MemoTitle.In(language)));
            // The subtitle's lines break where the table says (after the Opinions' title, before their document number).
            body.Append(Paragraph(Subtitle, [.. Words.Review.Against.In(language).Split('\n').SelectMany((line, i) => i == 0 ? [Run(line)] : new[] { new Run(new Break()), Run(line) })]));
            body.Append(Paragraph(Small, Words.Review.Scope.In(language)));
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
                Cell(row.Value, mono: row.Label == Words.Review.Sha256.In(language)),
            })));

        if (!review.LoadErrors.IsEmpty)
        {
            body.Append(Paragraph(Heading2, Words.Review.LoadErrors.In(language)));
            foreach (var finding in review.LoadErrors)
            {
                WriteFinding(body, finding, language);
            }
        }

        body.Append(Paragraph(Heading2, Words.Review.AtAGlance.In(language)));
        body.Append(Table(
            [2000, 1450, 850, 700],
            review.Conditions.Select(c => new OpenXmlElement[]
            {
                Cell(c.Result.Condition.Title.In(language)),
                Cell(c.Provision.Citation.In(language)),
                Cell(Words.Review.Of(c.Result.Status).In(language), bold: c.Result.Status == ConditionStatus.NotMet),
                Cell(c.Result.Findings.ToString(CultureInfo.InvariantCulture)),
            }),
            [Words.ConditionLabel.In(language), Words.Review.Source.In(language), Words.Review.Status.In(language), Words.FindingsLabel.In(language)]));
        WriteResolved(body, review, language);

        if (review.Report.Verdict == Verdict.Invalid)
        {
            // Nothing was assessed: the conditions' details would only repeat that they were not assessed.
            return;
        }

        body.Append(Paragraph(Heading2, Words.Review.InDetail.In(language)));
        foreach (var condition in review.Conditions)
        {
            WriteCondition(body, condition, language);
        }
    }

    private static void WriteCondition(Body body, ReviewedCondition condition, Language language)
    {
        body.Append(Paragraph(Heading3, $"{condition.Result.Condition.Title.In(language)} — {Words.Review.Of(condition.Result.Status).In(language)}"));
        body.Append(Labelled(Words.Review.Requires.In(language), condition.Provision.Citation.In(language), language, keepNext: true));
        body.Append(Paragraph(Quote, condition.Provision.Text.In(language)));
        if (condition.Result.Status == ConditionStatus.NotAssessed)
        {
            body.Append(Paragraph(null, condition.NotAssessed!.In(language)));
            return;
        }

        body.Append(Paragraph(null, Run(Words.Review.Provides.In(language), bold: true)).KeepNext());
        if (condition.Provides.IsEmpty)
        {
            body.Append(Paragraph(null, Words.Review.ProvidesNothing.In(language)));
        }
        else
        {
            body.Append(Table(
                [800, 1200, 3000],
                condition.Provides.Select(p => new OpenXmlElement[] { Cell(p.Clause ?? "—"), Cell(p.Label), Cell(p.Value) }),
                [Words.Review.ArticleColumn.In(language), Words.Review.Item.In(language), Words.Review.TermsColumn.In(language)]));
        }

        body.Append(Paragraph(null, Run(Words.Review.FindingsHeading.In(language), bold: true)).KeepNext().SpaceBefore());
        if (condition.Findings.IsEmpty)
        {
            body.Append(Paragraph(null, Words.Review.NoFindings.In(language)));
        }

        foreach (var finding in condition.Findings)
        {
            WriteFinding(body, finding, language);
        }
    }

    private static void WriteFinding(Body body, ReviewedFinding reviewed, Language language)
    {
        var finding = reviewed.Finding;
        var severity = ReviewHeader.Severity(finding, language);
        var compared = ReviewHeader.Compared(finding, language) is { } state ? Words.Review.SeverityTag.Format(state).In(language) : string.Empty;
        body.Append(Paragraph(null, Run($"{reviewed.Number}. {Words.Review.SeverityTag.Format(severity).In(language)}{compared} ", bold: true), Run(finding.Rule.Title.In(language), bold: true)).KeepNext());
        body.Append(Labelled(Words.Review.Where.In(language), reviewed.Where, language, keepNext: true).Indented());
        body.Append(Labelled(Words.CitesLabel.In(language), finding.Rule.Citation.In(language), language, keepNext: true).Indented());
        body.Append(Labelled(Words.Review.Issue.In(language), reviewed.Message, language, keepNext: true).Indented());
        body.Append(Labelled(Words.Review.Fix.In(language), reviewed.Fix, language, keepNext: finding.Waiver is not null).Indented());
        if (finding.Waiver is { } waiver)
        {
            body.Append(Labelled(Words.WaivedLabel.In(language), waiver.Justification, language).Indented());
        }
    }

    /// <summary>The findings of the previous draft (<c>--baseline</c>) that this one no longer has.</summary>
    private static void WriteResolved(Body body, DocumentReview review, Language language)
    {
        if (review.Resolved is not { IsEmpty: false } resolved)
        {
            return;
        }

        body.Append(Paragraph(Heading2, Words.Review.ResolvedHeading.In(language)));
        body.Append(Paragraph(null, Words.Review.ResolvedNote.In(language)).KeepNext());
        var messages = resolved.Any(r => r.Message is not null);
        body.Append(Table(
            messages ? [1500, 1500, 2000] : [2500, 2500],
            resolved.Select(r => messages
                ? new OpenXmlElement[] { Cell(r.Title), Cell(r.Where ?? "—"), Cell(r.Message ?? "—") }
                : new OpenXmlElement[] { Cell(r.Title), Cell(r.Where ?? "—") }),
            messages
                ? [Words.Review.ResolvedFinding.In(language), Words.Review.Where.In(language), Words.Review.EarlierMessage.In(language)]
                : [Words.Review.ResolvedFinding.In(language), Words.Review.Where.In(language)]));
    }

    private static void WriteAppendix(Body body, IReadOnlyList<DocumentReview> reviews, Language language)
    {
        var heading = Paragraph(Heading1, Words.Review.Appendix.In(language));
        heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        body.Append(heading);
        body.Append(Paragraph(null, Words.Review.AppendixNote.In(language)));
        foreach (var review in reviews)
        {
            body.Append(Paragraph(Heading3, (review.Alliance ?? ReviewHeader.FileName(review.Report.Path)) + Words.Parenthesised.Format(ReviewHeader.FileName(review.Report.Path)).In(language)));
            var findings = review.Findings.ToList();
            if (findings.Count == 0)
            {
                body.Append(Paragraph(null, Words.Review.NoFindings.In(language)));
                continue;
            }

            body.Append(Table(
                [400, 600, 400, 400, 3200],
                findings.Select(f => new OpenXmlElement[]
                {
                    Cell(f.Number.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.RuleId),
                    Cell(f.Finding.Location.Line.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.Location.Column.ToString(CultureInfo.InvariantCulture)),
                    Cell(f.Finding.Location.Path, mono: true),
                }),
                [Words.Review.Number.In(language), Words.Review.Rule.In(language), Words.Review.Line.In(language), Words.Review.Column.In(language), Words.Review.Path.In(language)]));
        }
    }

    /// <summary>The footer: "Page X of Y" with Word's PAGE and NUMPAGES fields.</summary>
    private static Paragraph PageNumbers(Language language)
    {
        var words = Words.Review.Page.In(language);
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

using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Resources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AllianceCompliance.Cli.Docx;

/// <summary>
/// Adds a review to a draft agreement as Word comments (批注): each finding on the article its
/// clause names, and one summary comment on the draft's first paragraph with the conclusion and
/// every finding that names no article or whose article the draft does not have. Nothing else in
/// the draft changes: only comment anchors and references are added to its paragraphs.
/// </summary>
internal static class DraftAnnotator
{
    /// <summary>The comments' author: the tool's name, the same in every language.</summary>
    private const string Author = "alliance-check";

    /// <summary>How many findings were placed on their articles, and how many only in the summary comment.</summary>
    public readonly record struct Placed(int OnArticles, int InSummary);

    public static Placed Annotate(WordprocessingDocument draft, DocumentReview review, Language language, DateTimeOffset at)
    {
        var main = draft.MainDocumentPart!;
        var body = main.Document!.Body!;
        var articles = DraftArticles.Of(main);
        var comments = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments ??= new Comments();
        var next = comments.Comments.Elements<Comment>().Select(c => int.TryParse(c.Id?.Value, out var id) ? id : 0).DefaultIfEmpty(-1).Max() + 1;

        var unplaced = new List<ReviewedFinding>();
        var anchors = new List<(Paragraph Paragraph, Comment Comment)>();
        foreach (var finding in review.Findings)
        {
            var article = ArticleNumber.InClause(finding.Finding.Clause);
            if (article is not null && articles.Find(article) is { } paragraph)
            {
                anchors.Add((paragraph, Comment(next++, language, at, FindingParagraphs(finding, language))));
            }
            else
            {
                unplaced.Add(finding);
            }
        }

        var first = body.Descendants<Paragraph>().FirstOrDefault() ?? body.PrependChild(new Paragraph());
        anchors.Insert(0, (first, Comment(next++, language, at, SummaryParagraphs(review, unplaced, language))));
        foreach (var (paragraph, comment) in anchors)
        {
            comments.Comments.Append(comment);
            Anchor(paragraph, comment.Id!.Value!);
        }

        return new(anchors.Count - 1, unplaced.Count);
    }

    /// <summary>Marks a whole paragraph as the comment's range, and puts the comment's reference mark at its end.</summary>
    private static void Anchor(Paragraph paragraph, string id)
    {
        var start = new CommentRangeStart { Id = id };
        if (paragraph.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.Append(new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
    }

    private static Comment Comment(int id, Language language, DateTimeOffset at, IEnumerable<Paragraph> paragraphs)
    {
        var comment = new Comment
        {
            Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Author = Author,
            Initials = "AC",
            Date = at.DateTime,
        };
        var content = paragraphs.ToList();
        content[0].PrependChild(new Run(new AnnotationReferenceMark()));
        comment.Append(content);
        return comment;
    }

    private static IEnumerable<Paragraph> FindingParagraphs(ReviewedFinding reviewed, Language language)
    {
        var finding = reviewed.Finding;
        yield return Word.Paragraph(null, Word.Run($"{Tag(finding, language)} {finding.Rule.Title.In(language)}", bold: true));
        yield return Word.Labelled(Words.Review.Issue.In(language), reviewed.Message, language);
        yield return Word.Labelled(Words.CitesLabel.In(language), finding.Rule.Citation.In(language), language);
        yield return Word.Labelled(Words.Review.Fix.In(language), reviewed.Fix, language);
        if (finding.Waiver is { } waiver)
        {
            yield return Word.Labelled(Words.WaivedLabel.In(language), waiver.Justification, language);
        }
    }

    private static IEnumerable<Paragraph> SummaryParagraphs(DocumentReview review, List<ReviewedFinding> unplaced, Language language)
    {
        var counted = review.Report.Findings.Where(f => !f.Waived).ToList();
        yield return Word.Paragraph(null, Word.Run(Words.Review.SummaryComment.Format(
            counted.Count(f => f.Severity == Severity.Error),
            counted.Count(f => f.Severity == Severity.Warning),
            Words.Review.Of(review.Report.Verdict)).In(language), bold: true));
        if (unplaced.Count == 0)
        {
            yield break;
        }

        yield return Word.Paragraph(null, Words.Review.UnplacedFindings.In(language));
        foreach (var reviewed in unplaced)
        {
            var finding = reviewed.Finding;
            yield return Word.Paragraph(null,
                Word.Run($"{reviewed.Number}. {Tag(finding, language)} {finding.Rule.Title.In(language)}"
                    + Words.Parenthesised.Format(ReportWords.Label(Words.Review.Where, reviewed.Where, language)).In(language), bold: true));
            yield return Word.Labelled(Words.Review.Issue.In(language), reviewed.Message, language);
            yield return Word.Labelled(Words.Review.Fix.In(language), reviewed.Fix, language);
        }
    }

    private static string Tag(Finding finding, Language language) =>
        Words.Review.SeverityTag.Format(ReviewHeader.Severity(finding, language)).In(language);
}

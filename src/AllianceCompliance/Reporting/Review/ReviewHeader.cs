using System.Globalization;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// What a review states about a document before anything else: the alliance and its other name,
/// the agreement, the file's name and SHA-256, when it was checked, with which tool and rule set,
/// and the conclusion. The memo and the HTML report lay these rows out.
/// </summary>
internal static class ReviewHeader
{
    public static IEnumerable<(string Label, string Value)> Rows(CheckReport report, DocumentReview review, ReportOptions options)
    {
        var language = options.Language;
        yield return (ReviewWords.Alliance.In(language), review.Alliance ?? ReviewWords.Unnamed.In(language));
        if (review.OtherName is { } other)
        {
            yield return (ReviewWords.OtherName.In(language), other);
        }

        if (review.AgreementTitle is { } title)
        {
            yield return (ReviewWords.AgreementTitle.In(language), title);
        }

        yield return (ReviewWords.File.In(language), FileName(review.Report.Path));
        yield return (ReviewWords.Sha256.In(language), review.Report.Sha256 ?? "-");
        if (options.CheckedAt is { } at)
        {
            yield return (ReviewWords.CheckedAt.In(language), Time(at));
        }

        yield return (ReviewWords.Tool.In(language), $"alliance-check {report.ToolVersion}");
        yield return (ReviewWords.RuleSet.In(language), $"{report.RuleSetId} {report.RuleSetVersion}");
        yield return (ReviewWords.Conclusion.In(language), ReviewWords.Of(review.Report.Verdict).In(language));
    }

    /// <summary>The file's name without the folders it was found in (they are the checker's machine's, not the reader's).</summary>
    public static string FileName(string path) => path == "-" ? path : Path.GetFileName(path);

    /// <summary>A moment as <c>2026-12-05 08:16 (UTC+08:00)</c>.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC" + at.ToString("zzz", CultureInfo.InvariantCulture) + ")";

    /// <summary>The agreement's article a finding names, or the words saying it names none.</summary>
    public static string Article(Finding finding, Language language) => finding.Clause ?? ReviewWords.NoArticle.In(language);
}

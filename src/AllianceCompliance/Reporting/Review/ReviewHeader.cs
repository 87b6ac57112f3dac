using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

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
        yield return (Words.Review.Alliance.In(language), review.Alliance ?? Words.Review.Unnamed.In(language));
        if (review.OtherName is { } other)
        {
            yield return (Words.Review.OtherName.In(language), other);
        }

        if (review.AgreementTitle is { } title)
        {
            yield return (Words.Review.AgreementTitle.In(language), title);
        }

        yield return (Words.Review.File.In(language), FileName(review.Report.Path));
        yield return (Words.Review.Sha256.In(language), review.Report.Sha256 ?? "-");
        if (options.CheckedAt is { } at)
        {
            yield return (Words.Review.CheckedAt.In(language), Time(at));
        }

        yield return (Words.Review.Tool.In(language), $"alliance-check {report.ToolVersion}");
        yield return (Words.Review.RuleSet.In(language), $"{report.RuleSetId} {report.RuleSetVersion}");
        yield return (Words.Review.Conclusion.In(language), Words.Review.Of(review.Report.Verdict).In(language));
        if (review.Report.NotInBaseline)
        {
            yield return (Words.Review.Comparison.In(language), Words.Review.NotInBaseline.In(language));
        }
        else if (review.Report.Fixed is not null)
        {
            var findings = review.Report.Findings;
            yield return (Words.Review.Comparison.In(language), Words.Review.ComparisonCounts.Format(
                review.Report.Fixed.Value.Length,
                findings.Count(f => f.BaselineState == BaselineState.New),
                findings.Count(f => f.BaselineState == BaselineState.Unchanged)).In(language));
        }
    }

    /// <summary>How a finding compares with the previous draft (<c>--baseline</c>): <c>New</c>, <c>新增</c>; null without a baseline.</summary>
    public static string? Compared(Finding finding, Language language) => finding.BaselineState switch
    {
        BaselineState.New => Words.Review.New.In(language),
        BaselineState.Unchanged => Words.Review.Unchanged.In(language),
        _ => null,
    };

    /// <summary>The file's name without the folders it was found in (they are the checker's machine's, not the reader's).</summary>
    public static string FileName(string path) => path == "-" ? path : Path.GetFileName(path);

    /// <summary>A moment as <c>2026-12-05 08:16 (UTC+08:00)</c>.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC" + at.ToString("zzz", CultureInfo.InvariantCulture) + ")";

    /// <summary>A finding's severity as the review names it, marked when waived: <c>Warning (waived)</c>, <c>警告（已豁免）</c>.</summary>
    public static string Severity(Finding finding, Language language) => Words.Review.Of(finding.Severity).In(language) + ReportWords.Waived(finding, language);
}

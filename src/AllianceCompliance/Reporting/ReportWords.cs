using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>The fixed words of the human-readable reports, in each language.</summary>
internal static class ReportWords
{
    public static string Pick(Language language, string english, string chinese) =>
        language == Language.Chinese ? chinese : english;

    public static string Of(Verdict verdict, Language language) => language != Language.Chinese
        ? WireNames.Of(verdict)
        : verdict switch
        {
            Verdict.Compliant => "合规",
            Verdict.CompliantWithWarnings => "合规但有警告",
            Verdict.NonCompliant => "不合规",
            _ => "无效",
        };

    public static string Of(ConditionStatus status, Language language) => language != Language.Chinese
        ? WireNames.Of(status)
        : status switch
        {
            ConditionStatus.Met => "符合",
            ConditionStatus.MetWithWarnings => "符合但有警告",
            ConditionStatus.NotMet => "不符合",
            _ => "未评估",
        };

    public static string Of(Severity severity, Language language) => language != Language.Chinese
        ? WireNames.Of(severity)
        : severity switch
        {
            Severity.Error => "错误",
            Severity.Warning => "警告",
            _ => "提示",
        };

    public static string Of(RuleBasis? basis, Language language) => language != Language.Chinese
        ? basis switch
        {
            RuleBasis.Mandatory => "mandatory source",
            RuleBasis.Statute => "statute",
            RuleBasis.Guidance => "guidance",
            RuleBasis.Practice => "drafting practice",
            RuleBasis.Recording => "recording",
            _ => "file format",
        }
        : basis switch
        {
            RuleBasis.Mandatory => "强制性规定",
            RuleBasis.Statute => "法律法规",
            RuleBasis.Guidance => "指导性规定",
            RuleBasis.Practice => "起草惯例",
            RuleBasis.Recording => "记录完整性",
            _ => "文件格式",
        };

    /// <summary>The one-line summary of a run, as the text report ends.</summary>
    public static string Summary(ReportSummary s, Language language) => language == Language.Chinese
        ? $"共 {s.Documents} 个文件：合规 {s.Compliant}，合规但有警告 {s.CompliantWithWarnings}，不合规 {s.NonCompliant}，无效 {s.Invalid}；错误 {s.Errors}，警告 {s.Warnings}。"
        : $"{s.Documents} document(s): {s.Compliant} compliant, {s.CompliantWithWarnings} compliant with warnings, {s.NonCompliant} non-compliant, {s.Invalid} invalid; {s.Errors} error(s), {s.Warnings} warning(s).";

    /// <summary>Where a finding is, <c>path:line:column</c>.</summary>
    public static string Position(DocumentReport document, Finding finding) =>
        $"{document.Path}:{finding.Location.Line}:{finding.Location.Column}";

    /// <summary>The citation, followed by the agreement's own clause where the finding names one.</summary>
    public static string Cites(Finding finding, Language language) => finding.Clause is null
        ? finding.Rule.Citation.In(language)
        : finding.Rule.Citation.In(language) + Pick(language, $"; agreement {finding.Clause}", $"；协议 {finding.Clause}");

    /// <summary>
    /// What a reader needs beside a finding's message, labelled: its condition, citation, the
    /// agreement's clause, the fix and any waiver. The HTML and Markdown reports lay these out.
    /// </summary>
    public static IEnumerable<(string Label, string Value)> Details(Finding finding, Language language)
    {
        yield return (Pick(language, "Condition", "条件"), finding.Condition is null
            ? Pick(language, "load error", "加载错误")
            : $"{finding.Condition} {Condition.Get(finding.Condition).Title.In(language)}");
        yield return (Pick(language, "Cites", "依据"), finding.Rule.Citation.In(language));
        if (finding.Clause is not null)
        {
            yield return (Pick(language, "Agreement clause", "协议条款"), finding.Clause);
        }

        yield return (Pick(language, "Fix", "修改建议"), finding.Rule.Remediation.In(language));
        if (finding.Waiver is { } waiver)
        {
            yield return (Pick(language, "Waived because", "豁免理由"), waiver.Justification);
        }
    }
}

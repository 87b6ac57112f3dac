using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting;

/// <summary>
/// The phrases every report builds from the string table (<see cref="Words"/>): names of severities,
/// verdicts, statuses and conditions, labels, the summary, and citations in their official form.
/// </summary>
internal static class ReportWords
{
    /// <summary>A text of the table in one language, its placeholders filled.</summary>
    public static string Say(LocalizedText text, Language language, params object?[] arguments) =>
        arguments.Length == 0 ? text.In(language) : string.Format(CultureInfo.InvariantCulture, text.In(language), arguments);

    /// <summary>A label and its value: <c>cites: …</c>, <c>依据：…</c>.</summary>
    public static string Label(LocalizedText label, string value, Language language) =>
        Say(Words.Label, language, label.In(language), value);

    /// <summary>A label as it stands before a value that follows separately (in a run of its own): <c>Cites: </c>, <c>依据：</c>.</summary>
    public static string LabelBefore(string label, Language language) => Say(Words.Label, language, label, string.Empty);

    public static string Of(Verdict verdict, Language language) => Words.Get("Verdict." + WireNames.Of(verdict), language);

    public static string Of(ConditionStatus status, Language language) => Words.Get("Status." + WireNames.Of(status), language);

    public static string Of(Severity severity, Language language) => Words.Get("Severity." + WireNames.Of(severity), language);

    /// <summary>How a condition is named: <c>8.2</c>, <c>clauses</c>; <c>第八条第（二）项</c>, <c>一般条款</c>.</summary>
    public static string Name(Condition condition, Language language) => Words.Get($"Condition.{condition.Id}.Name", language);

    /// <summary>A condition's name and title, such as <c>8.1 Independent legal entities</c>.</summary>
    public static string Heading(Condition condition, Language language) =>
        $"{Name(condition, language)} {condition.Title.In(language)}";

    /// <summary>What a rule rests on: <c>mandatory source</c>, <c>drafting practice</c>; <c>强制性规定</c>, <c>起草惯例</c>.</summary>
    public static string Of(RuleBasis? basis, Language language) => Words.Get("Basis." + WireNames.Of(basis), language);

    /// <summary>The one-line summary of a run, as the text report ends.</summary>
    public static string Summary(ReportSummary s, Language language) =>
        Say(Words.Summary, language, s.Documents, s.Compliant, s.CompliantWithWarnings, s.NonCompliant, s.Invalid, s.Errors, s.Warnings);

    /// <summary>The label of the phrases a rule reacts to, in the rule catalogue.</summary>
    public static string ReactsTo(Language language) =>
        Words.ReactsTo.In(language);

    /// <summary>The label of the phrases a rule looks for (reacting when none is there), in the rule catalogue.</summary>
    public static string LooksFor(Language language) =>
        Words.LooksFor.In(language);

    /// <summary>How a document compares with the baseline, such as "3 fixed, 1 new since the previous draft".</summary>
    public static string Comparison(DocumentReport document, Language language) => document.NotInBaseline
        ? Say(Words.NotInBaseline, language, document.Findings.Length)
        : Say(Words.Comparison, language, document.Fixed?.Length ?? 0, document.Findings.Count(f => f.BaselineState == BaselineState.New));

    /// <summary>Where a finding is, <c>path:line:column</c>.</summary>
    public static string Position(DocumentReport document, Finding finding) =>
        $"{document.Path}:{finding.Location.Line}:{finding.Location.Column}";

    /// <summary>" (waived)" after a waived finding's severity; empty for others.</summary>
    public static string Waived(Finding finding, Language language) => finding.Waived ? Words.WaivedMark.In(language) : string.Empty;

    /// <summary>
    /// A rule's citation in the official form of the language: in Chinese the Guiding Opinions are
    /// named by their full title once, followed by their document number, and later provisions of the
    /// same citation by article and item alone (<c>《…指导意见》（国科发政〔2008〕770号）第八条第（一）项；第三条</c>).
    /// </summary>
    public static string Citation(RuleDescriptor rule, Language language)
    {
        var citation = rule.Citation.In(language);
        var number = Words.OpinionsNumber.In(language);
        var title = Words.OpinionsTitle.In(language);
        var first = number.Length == 0 ? -1 : citation.IndexOf(title, StringComparison.Ordinal);
        if (first < 0)
        {
            return citation;
        }

        var end = first + title.Length;
        var rest = citation[end..].Replace(title, string.Empty, StringComparison.Ordinal);
        return citation[..end] + (rest.StartsWith(number, StringComparison.Ordinal) ? string.Empty : number) + rest;
    }

    /// <summary>The citation, followed by the agreement's own clause where the finding names one.</summary>
    public static string Cites(Finding finding, Language language) => finding.Clause is null
        ? Citation(finding.Rule, language)
        : Say(Words.CitesClause, language, Citation(finding.Rule, language), finding.Clause);

    /// <summary>
    /// What a reader needs beside a finding's message, labelled: its condition, citation, the
    /// agreement's clause, the fix and any waiver. The HTML and Markdown reports lay these out.
    /// </summary>
    public static IEnumerable<(string Label, string Value)> Details(Finding finding, Language language)
    {
        yield return (Words.ConditionLabel.In(language), finding.Condition is null
            ? Words.LoadError.In(language)
            : Heading(Condition.Get(finding.Condition), language));
        yield return (Words.CitesLabel.In(language), Citation(finding.Rule, language));
        if (finding.Clause is not null)
        {
            yield return (Words.ClauseLabel.In(language), finding.Clause);
        }

        yield return (Words.FixLabel.In(language), finding.Remediation.In(language));
        if (finding.Waiver is { } waiver)
        {
            yield return (Words.WaivedLabel.In(language), waiver.Justification);
        }
    }
}

using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>How enum values are written in reports: the report contract's lower-case, kebab-case names.</summary>
internal static class WireNames
{
    /// <summary>The name of a severity: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its name.</returns>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The name of a verdict, such as <c>non-compliant</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Its name.</returns>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Compliant => "compliant",
        Verdict.CompliantWithWarnings => "compliant-with-warnings",
        Verdict.NonCompliant => "non-compliant",
        _ => "invalid",
    };

    /// <summary>The name of a condition status, such as <c>not-met</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its name.</returns>
    public static string Of(ConditionStatus status) => status switch
    {
        ConditionStatus.Met => "met",
        ConditionStatus.MetWithWarnings => "met-with-warnings",
        ConditionStatus.NotMet => "not-met",
        _ => "not-assessed",
    };

    /// <summary>The name of a rule's basis, such as <c>mandatory</c>; <c>format</c> for a load error, which has none.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>Its name.</returns>
    public static string Of(RuleBasis? basis) => basis switch
    {
        RuleBasis.Mandatory => "mandatory",
        RuleBasis.Statute => "statute",
        RuleBasis.Guidance => "guidance",
        RuleBasis.Practice => "practice",
        RuleBasis.Recording => "recording",
        _ => "format",
    };

    /// <summary>The name of a language: <c>en</c> or <c>zh-CN</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its name.</returns>
    public static string Of(Language language) => language == Language.Chinese ? "zh-CN" : "en";

    /// <summary>The language a name (<c>en</c>, <c>zh-CN</c>) stands for, as <see cref="Of(Language)"/> writes it; null for any other.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The language.</returns>
    public static Language? LanguageNamed(string name) =>
        name == Of(Language.Chinese) ? Language.Chinese : name == Of(Language.English) ? Language.English : null;

    /// <summary>The name of a baseline state, <c>new</c> or <c>unchanged</c>; null without a baseline.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its name.</returns>
    public static string? Of(BaselineState? state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        _ => null,
    };
}

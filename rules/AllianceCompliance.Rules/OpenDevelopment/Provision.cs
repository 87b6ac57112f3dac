using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>Whether a provision (of the openness section, or a general clause) is stated, and where a finding about it points.</summary>
internal static class Provision
{
    public static bool IsMissing(ClauseText? provision) => provision is null || string.IsNullOrWhiteSpace(provision.Text);

    /// <summary>
    /// A finding at the provision's text when the provision is given but empty, else at the key the
    /// section lacks; quoting the provision's own article, or the section's.
    /// </summary>
    public static Finding Report(RuleDescriptor rule, Openness openness, string key, ClauseText? provision) =>
        Report(rule, openness, openness.Clause, key, provision);

    /// <summary>The same for a provision of any section, such as a general clause of the agreement.</summary>
    public static Finding Report(RuleDescriptor rule, Node section, string? sectionClause, string key, ClauseText? provision) =>
        provision is null
            ? rule.At(section.At(key), sectionClause)
            : rule.At(provision.At("text"), provision.Clause ?? sectionClause);
}

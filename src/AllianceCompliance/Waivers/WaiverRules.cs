using System.Collections.Immutable;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Waivers;

/// <summary>
/// The findings about a waivers file: an invalid entry (which stops the run), and expired or
/// unused waivers (warnings located in the waivers file, reported with the documents).
/// </summary>
public static class WaiverRules
{
    private static readonly LocalizedText Citation = new("Waivers file", "豁免文件");

    /// <summary>AC020: a waiver has expired, so the findings it covered count again.</summary>
    public static RuleDescriptor Expired { get; } = new(
        "AC020", null, Severity.Warning, Citation,
        new("Waiver expired", "豁免已过期"),
        new("The waiver of {0} expired on {1}; the findings it accepted count again.", "对 {0} 的豁免已于 {1} 过期，其豁免的问题重新计入。"),
        new("Fix the findings, or renew the waiver with a new 'expires' date and a current justification.",
            "请修正相关问题，或以新的 expires 日期和现时理由续期豁免。"));

    /// <summary>AC021: a waiver accepted no finding of the documents it applies to.</summary>
    public static RuleDescriptor Unused { get; } = new(
        "AC021", null, Severity.Warning, Citation,
        new("Waiver unused", "豁免未被使用"),
        new("The waiver of {0} accepted no finding; the problem may be fixed or the waiver may not match.",
            "对 {0} 的豁免没有匹配任何问题；问题可能已修正，或豁免的 document/path 不匹配。"),
        new("Remove the waiver, or correct its 'document' and 'path' so they match the finding.",
            "请删除该豁免，或更正其 document 和 path 使之与问题匹配。"));

    /// <summary>AC022: an entry of the waivers file is not valid.</summary>
    public static RuleDescriptor Invalid { get; } = new(
        "AC022", null, Severity.Error, Citation,
        new("Invalid waiver", "豁免无效"),
        new("{0}", "{0}"),
        new("Give each waiver a known 'rule', a 'path' such as $.members[1], a non-empty 'justification' and an 'expires' date.",
            "每项豁免须有已知的 rule、形如 $.members[1] 的 path、非空的 justification 和 expires 日期。"));

    /// <summary>Every waiver finding, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [Expired, Unused, Invalid];
}

using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>What fund management measures must cover, and how messages name each topic.</summary>
internal static class FundTopics
{
    /// <summary>The topics the pilot procedure requires; budget and audit may be added.</summary>
    public static ImmutableArray<FundTopic> Required { get; } =
        [FundTopic.Organisation, FundTopic.Matching, FundTopic.Use, FundTopic.Supervision, FundTopic.Accountability, FundTopic.IpSharing];

    public static ImmutableArray<FundTopic> MissingFrom(FundManagementMeasures measures) =>
        [.. Required.Where(topic => !measures.Covers.Contains(topic))];

    /// <summary>The topics as a list for a message, each with the value to write in <c>covers</c>.</summary>
    public static LocalizedText Describe(IEnumerable<FundTopic> topics)
    {
        var names = topics.Select(Name).ToList();
        return new(
            string.Join(", ", names.Select(n => n.English)),
            string.Join("、", names.Select(n => n.Chinese)));
    }

    private static LocalizedText Name(FundTopic topic) => topic switch
    {
        FundTopic.Organisation => new("the management organisation ('organisation')", "组织管理体系（organisation）"),
        FundTopic.Matching => new("matching of project funds ('matching')", "项目经费配套（matching）"),
        FundTopic.Use => new("use of project funds ('use')", "项目经费使用（use）"),
        FundTopic.Supervision => new("supervision ('supervision')", "监督（supervision）"),
        FundTopic.Accountability => new("accountability ('accountability')", "问责（accountability）"),
        FundTopic.IpSharing => new("sharing and division of IP ('ip-sharing')", "知识产权分享与分割（ip-sharing）"),
        FundTopic.Budget => new("budgeting ('budget')", "预算（budget）"),
        _ => new("audit ('audit')", "审计（audit）"),
    };
}

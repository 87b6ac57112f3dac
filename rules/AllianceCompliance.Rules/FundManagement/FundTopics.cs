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
    public static LocalizedText Describe(IEnumerable<FundTopic> topics) =>
        Names.List(topics.Select(Name));

    private static LocalizedText Name(FundTopic topic) => topic switch
    {
        FundTopic.Organisation => RuleWords.FundTopic.Organisation,
        FundTopic.Matching => RuleWords.FundTopic.Matching,
        FundTopic.Use => RuleWords.FundTopic.Use,
        FundTopic.Supervision => RuleWords.FundTopic.Supervision,
        FundTopic.Accountability => RuleWords.FundTopic.Accountability,
        FundTopic.IpSharing => RuleWords.FundTopic.IpSharing,
        FundTopic.Budget => RuleWords.FundTopic.Budget,
        _ => RuleWords.FundTopic.Audit,
    };
}

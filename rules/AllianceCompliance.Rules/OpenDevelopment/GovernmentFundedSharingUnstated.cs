using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>An alliance that takes on government-funded projects must share their outcomes with entities outside it.</summary>
internal sealed class GovernmentFundedSharingUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC605", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("Outcomes of government funding not shared outside", "未约定政府资助成果对外扩散义务"),
        new("The alliance receives government grants, but the agreement does not oblige it to share the outcomes of government-funded projects with entities outside the alliance.",
            "联盟获得政府资助，但协议未约定将政府资助项目成果向联盟外单位扩散的义务。"),
        new("State in 'openness.governmentFundedSharing' how outcomes of government-funded projects are made available outside the alliance (for example licences to non-members on fair terms).",
            "在 openness.governmentFundedSharing 中写明政府资助项目成果向联盟外单位扩散的方式（如以合理条件许可非成员使用）。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Openness openness = null!;
        When()
            .Match(() => openness, o => Provision.IsMissing(o.GovernmentFundedSharing))
            .Exists<FundSource>(s => s.Kind == FundSourceKind.GovernmentGrant);
        Then().Yield(_ => Provision.Report(Rule, openness, "governmentFundedSharing", openness.GovernmentFundedSharing));
    }
}

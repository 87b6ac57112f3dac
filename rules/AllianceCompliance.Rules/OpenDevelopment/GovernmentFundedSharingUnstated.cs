using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.FundManagement;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>
/// An alliance that takes on government-funded projects must share their outcomes with entities
/// outside it; a grant for its operation only (purpose: operating) produces no project outcomes.
/// </summary>
internal sealed class GovernmentFundedSharingUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC605", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("Outcomes of government funding not shared outside", "未约定政府资助成果对外扩散义务"),
        new("The alliance receives government grants for projects (or not stated to be for its operation only), but the agreement does not oblige it to share the outcomes of government-funded projects with entities outside the alliance.",
            "联盟获得政府资助（用于项目，或未写明仅用于运行），但协议未约定将政府资助项目成果向联盟外单位扩散的义务。"),
        new("State in 'openness.governmentFundedSharing' how outcomes of government-funded projects are made available outside the alliance (for example licences to non-members on fair terms).",
            "在 openness.governmentFundedSharing 中写明政府资助项目成果向联盟外单位扩散的方式（如以合理条件许可非成员使用）。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Dissemination,
            "the obligation attaches to outcomes of government-funded projects; an operating subsidy produces none and does not trigger it.",
            "该义务针对政府资助项目的成果；运行经费补贴不产生项目成果，不触发此义务。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Openness openness = null!;
        When()
            .Match(() => openness, o => Provision.IsMissing(o.GovernmentFundedSharing))
            .Exists<FundSource>(s => Grants.FundsProjects(s));
        Then().Yield(_ => Provision.Report(Rule, openness, "governmentFundedSharing", openness.GovernmentFundedSharing));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>The alliance actively exchanges and cooperates with outside organisations.</summary>
internal sealed class ExternalCooperationUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC603", ConditionId.Openness, Severity.Warning, Cite.Art8Item6,
        new("External cooperation not provided for", "未约定对外交流合作"),
        new("The agreement does not say how the alliance exchanges and cooperates with organisations outside it.",
            "协议未约定联盟与外部组织开展交流与合作的方式。"),
        new("State in 'openness.externalCooperation' how the alliance works with outside organisations (forums, joint projects, industry associations).",
            "在 openness.externalCooperation 中写明与外部组织交流合作的方式（论坛、合作项目、行业协会等）。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.Art8Openness,
            "exchanges and cooperation with outside organisations \"should be pursued\": a guiding sentence about what the alliance does, not a clause the agreement must contain.",
            "与外部的交流合作是“积极开展”的指导性要求，针对联盟的活动，而非协议必须具备的条款。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Openness openness = null!;
        When().Match(() => openness, o => Provision.IsMissing(o.ExternalCooperation));
        Then().Yield(_ => Provision.Report(Rule, openness, "externalCooperation", openness.ExternalCooperation));
    }
}

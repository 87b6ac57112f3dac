using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>The alliance establishes a mechanism for disseminating its results.</summary>
internal sealed class DisseminationUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC604", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("No mechanism for disseminating results", "未建立成果扩散机制"),
        new("The agreement establishes no mechanism for disseminating the alliance's results.",
            "协议未建立联盟成果扩散机制。"),
        new("State in 'openness.dissemination' how results are spread: publication, technology transfer, training or licensing to the industry.",
            "在 openness.dissemination 中写明成果扩散方式：发布、技术转移、培训或向行业许可等。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Dissemination,
            "a dissemination mechanism is required (\"shall\").",
            "成果扩散机制为必设（“要”）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Openness openness = null!;
        When().Match(() => openness, o => Provision.IsMissing(o.Dissemination));
        Then().Yield(_ => Provision.Report(Rule, openness, "dissemination", openness.Dissemination));
    }
}

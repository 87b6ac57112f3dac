using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>An open development mechanism is a basic condition: an agreement silent on it does not establish one.</summary>
internal sealed class OpennessSectionMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC601", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("No open development mechanism", "未建立开放发展机制"),
        new("The agreement establishes no open development mechanism: nothing on admitting new members, cooperating with outside organisations or disseminating results.",
            "协议未建立开放发展机制：未涉及吸纳新成员、与外部组织合作或成果扩散。"),
        new("Add an 'openness' section: admission of new members, external cooperation, dissemination of results and, where the alliance receives government grants, sharing their outcomes outside the alliance.",
            "补充 openness 部分：吸纳新成员、对外交流合作、成果扩散，以及承担政府资助项目时向联盟外单位扩散成果的义务。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Openness,
            "an agreement silent on openness establishes no mechanism.",
            "未涉及开放发展的协议未建立该机制。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When()
            .Match(() => alliance)
            .Not<Openness>();
        Then().Yield(_ => Rule.At(SourceLocation.Root.Child("openness"), null));
    }
}

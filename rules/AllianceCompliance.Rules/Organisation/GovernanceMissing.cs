using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>An alliance sets up its organisation: without a governance section none of its bodies is shown.</summary>
internal sealed class GovernanceMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC301", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("No organisation described", "未说明组织机构"),
        new("The agreement describes no organisation: no decision, consultation or execution body and no entity bearing external obligations.",
            "协议未说明组织机构：没有决策、咨询和执行机构，也未明确对外承担责任的主体。"),
        new("Add a 'governance' section with the bodies (decision, consultation, execution) and the 'externalLiabilityEntity'.",
            "补充 governance 部分：决策、咨询、执行机构及 externalLiabilityEntity（对外责任主体）。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Bodies,
            "an agreement describing no organisation establishes none of the bodies.",
            "未说明组织机构的协议未设立任何机构。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Alliance alliance = null!;
        When()
            .Match(() => alliance)
            .Not<Governance>();
        Then().Yield(_ => Rule.At(SourceLocation.Root.Child("governance"), null));
    }
}

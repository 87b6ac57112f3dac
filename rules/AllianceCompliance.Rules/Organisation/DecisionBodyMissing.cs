using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The alliance sets up an organisation for decision-making: a decision body such as a council.</summary>
internal sealed class DecisionBodyMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC302", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("No decision body", "未设立决策机构"),
        new("The alliance has no decision body (such as a council, which takes the alliance's decisions).",
            "联盟未设立决策机构（如理事会，负责联盟重大事项决策）。"),
        new("Add the body under 'governance.bodies' with 'role: decision', its name and the article that sets it up.",
            "在 governance.bodies 中补充该机构：role: decision、名称及设立该机构的条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Bodies,
            "a decision body is one of the three bodies required.",
            "决策机构是必设的三类机构之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        When()
            .Match(() => governance)
            .Not<Body>(b => b.Role == BodyRole.Decision);
        Then().Yield(_ => Rule.At(governance.At("bodies"), governance.Clause));
    }
}

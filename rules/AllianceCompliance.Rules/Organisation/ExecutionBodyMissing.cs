using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The alliance sets up an organisation for implementation: an execution body such as a secretariat.</summary>
internal sealed class ExecutionBodyMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC304", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("No execution body", "未设立执行机构"),
        new("The alliance has no execution body (such as a secretariat, which runs day-to-day affairs).",
            "联盟未设立执行机构（如秘书处，负责日常事务）。"),
        new("Add the body under 'governance.bodies' with 'role: execution', its name and the article that sets it up.",
            "在 governance.bodies 中补充该机构：role: execution、名称及设立该机构的条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Bodies,
            "an execution body is one of the three bodies required.",
            "执行机构是必设的三类机构之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        When()
            .Match(() => governance)
            .Not<Body>(b => b.Role == BodyRole.Execution);
        Then().Yield(_ => Rule.At(governance.At("bodies"), governance.Clause));
    }
}

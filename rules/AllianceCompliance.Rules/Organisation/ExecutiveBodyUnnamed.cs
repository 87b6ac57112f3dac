using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// Art. 8(3) asks full-time staff of the alliance's executive body, one body. With several execution
/// bodies and none named in <c>governance.executiveBody</c>, which one that is is not shown: one
/// warning asks, instead of holding every execution body to what only the executive body owes.
/// </summary>
internal sealed class ExecutiveBodyUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC320", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Executive body not identified", "未指明联盟执行机构"),
        new("{0} bodies have the execution role ({1}), and the agreement does not say which of them is the alliance's permanent executive body, the one with full-time staff for day-to-day affairs.",
            "有 {0} 个机构的职能为执行（{1}），协议未指明其中哪一个是配备专职人员、负责日常事务的联盟常设执行机构。"),
        new("Name the permanent executive body ('governance.executiveBody') by its id, and give its full-time staff ('fullTimeStaff') and supporting unit ('hostedBy'). Technology consortia or project groups are listed as consortia ('consortia'), not among the bodies.",
            "写明常设执行机构（governance.executiveBody）的 id，以及其专职人员（fullTimeStaff）和依托单位（hostedBy）。技术联合体或项目组应列为技术联合体（consortia），而非列为机构。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Staff,
            "which body is the executive body may only be missing from the summary; the staff requirement is then checked of none of them.",
            "哪一个是执行机构可能只是摘要漏记；此时无法对任何一个机构核查专职人员要求。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        IEnumerable<Body> execution = null!;
        When()
            .Match(() => governance, g => g.ExecutiveBody == null)
            .Query(() => execution, q => q.Match<Body>(b => b.Role == BodyRole.Execution).Collect().Where(c => c.Count() > 1));
        Then().Yield(_ => Rule.At(governance.At("executiveBody"), governance.Clause,
            execution.Count(), Names.List(execution.OrderBy(b => b.Index).Select(Names.Of))));
    }
}

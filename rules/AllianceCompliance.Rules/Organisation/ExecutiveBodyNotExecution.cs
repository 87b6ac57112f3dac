using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// <c>governance.executiveBody</c> names a body whose <c>role</c> is decision or consultation. The
/// staff and supporting-unit checks of the executive body (AC310, AC311, AC330) are made on the body
/// named, so an execution body elsewhere goes unchecked. The file contradicts itself, which may be
/// only a slip in recording: a warning (the reference is valid, so the file still loads; a load error
/// would make files that load today invalid).
/// </summary>
internal sealed class ExecutiveBodyNotExecution : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC332", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Executive body is not an execution body", "指明的执行机构不是执行类机构"),
        new("'governance.executiveBody' names {0} as the alliance's permanent executive body, but its role is not execution; the executive body's full-time staff and supporting unit were checked on it, not on an execution body.",
            "governance.executiveBody 将{0}指明为联盟常设执行机构，但其职能（role）不是执行（execution）；执行机构的专职人员和依托单位是按该机构核查的，而非按执行类机构核查。"),
        new("Name in 'governance.executiveBody' the body that runs day-to-day affairs (role: execution), or, if this body is that body, set its 'role' to execution.",
            "在 governance.executiveBody 中写明负责日常事务的机构（role: execution）；如该机构确为执行机构，请将其 role 改为 execution。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Staff,
            "the executive body must be staffed; when the body named as executive is classed as a decision or consultation body, which body that is may only be recorded wrongly.",
            "执行机构应配备专职人员；被指明为执行机构的机构若被归为决策或咨询机构，可能只是记录有误。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        ExecutiveBody executive = null!;
        When()
            .Match(() => governance)
            .Match(() => executive, e => e.Named && e.Body.Role != null && e.Body.Role != BodyRole.Execution);
        Then().Yield(_ => Rule.At(governance.At("executiveBody"), governance.Clause, Names.Of(executive.Body)));
    }
}

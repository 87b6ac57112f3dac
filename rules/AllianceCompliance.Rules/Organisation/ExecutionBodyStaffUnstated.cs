using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The summary does not say whether the alliance's executive body has full-time staff: it may only be a gap in recording.</summary>
internal sealed class ExecutionBodyStaffUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC330", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Execution body's full-time staff not stated", "未写明执行机构专职人员"),
        new("The alliance's executive body {0} does not state its full-time staff, so it cannot be checked that it has any.",
            "联盟执行机构{0}未写明专职人员，无法核实其是否配备专职人员。"),
        new("State the number of full-time staff in the body's 'fullTimeStaff', as the agreement or the alliance's records show.",
            "按协议或联盟记录在该机构的 fullTimeStaff 中写明专职人员人数。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Staff,
            "a staff number not written down may only be a gap in recording; an execution body stated to have none is AC311, an error.",
            "未写明人数可能只是漏记；写明没有专职人员的由 AC311 作为错误处理。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        ExecutiveBody executive = null!;
        When()
            .Match(() => governance)
            .Match(() => executive, e => e.Body.FullTimeStaff == null);
        Then().Yield(_ => Rule.At(executive.Body.At("fullTimeStaff"), executive.Body.Clause ?? governance.Clause, Names.Of(executive.Body)));
    }
}

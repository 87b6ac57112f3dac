using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// The alliance's executive body is staffed with full-time personnel for its day-to-day affairs: the
/// body <c>governance.executiveBody</c> names, or the only execution body (not every execution body,
/// nor a technology consortium). An executive body stated to have none fails the condition (staff not
/// stated is AC330, a warning).
/// </summary>
internal sealed class ExecutionBodyWithoutStaff : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC311", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("Execution body has no full-time staff", "执行机构没有专职人员"),
        new("The alliance's executive body {0} has no full-time staff; the executive body must have full-time staff for day-to-day affairs.",
            "联盟执行机构{0}没有专职人员；执行机构应配备专职人员负责日常事务。"),
        new("State the number of full-time staff in the body's 'fullTimeStaff', and appoint them if there are none.",
            "在该机构的 fullTimeStaff 中写明专职人员人数；如尚无专职人员，应予配备。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Staff,
            "an execution body stated to have no full-time staff fails the condition (staff not written down is AC330, a warning).",
            "写明没有专职人员的执行机构不满足该条件（未写明人数为 AC330 警告）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        ExecutiveBody executive = null!;
        When()
            .Match(() => governance)
            .Match(() => executive, e => e.Body.FullTimeStaff <= 0);
        Then().Yield(_ => Rule.At(executive.Body.At("fullTimeStaff"), executive.Body.Clause ?? governance.Clause, Names.Of(executive.Body)));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The alliance's executive body is staffed with full-time personnel for its day-to-day affairs.</summary>
[Name("AC311")]
internal sealed class ExecutionBodyWithoutStaff : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC311", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("Execution body has no full-time staff", "执行机构没有专职人员"),
        new("Execution body '{0}' {1}; the executive body must have full-time staff for day-to-day affairs.",
            "执行机构“{0}”{1}；执行机构应配备专职人员负责日常事务。"),
        new("State the number of full-time staff in the body's 'fullTimeStaff', and appoint them if there are none.",
            "在该机构的 fullTimeStaff 中写明专职人员人数；如尚无专职人员，应予配备。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Body body = null!;
        When()
            .Match(() => governance)
            .Match(() => body, b => b.Role == BodyRole.Execution && (b.FullTimeStaff == null || b.FullTimeStaff <= 0));
        Then().Yield(_ => Rule.At(body.At("fullTimeStaff"), body.Clause ?? governance.Clause, BodyName.Of(body),
            body.FullTimeStaff == null
                ? new LocalizedText("does not state its full-time staff", "未写明专职人员")
                : new LocalizedText("has no full-time staff", "没有专职人员")));
    }
}

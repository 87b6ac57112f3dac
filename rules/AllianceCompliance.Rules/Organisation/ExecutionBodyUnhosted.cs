using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The alliance's executive body (see <see cref="ExecutiveBody"/>) works from a member, its supporting unit, which provides its office and may manage the funds.</summary>
internal sealed class ExecutionBodyUnhosted : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC310", ConditionId.Organisation, Severity.Warning, Cite.Join(Cite.Art8Item3, Cite.Templates),
        new("Execution body has no supporting unit", "执行机构未明确依托单位"),
        new("The alliance's executive body {0} does not name the member that hosts it.",
            "联盟执行机构{0}未写明依托的成员单位。"),
        new("Name the supporting member in the body's 'hostedBy'.",
            "在该机构的 hostedBy 中写明依托的成员单位。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a supporting unit for the execution body is practice; Art. 8(4) mentions it only for managing funds.",
            "执行机构设依托单位属于惯例；第八条第（四）项仅在经费管理中提及依托单位。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        ExecutiveBody executive = null!;
        When()
            .Match(() => governance)
            .Match(() => executive, e => string.IsNullOrWhiteSpace(e.Body.HostedBy));
        Then().Yield(_ => Rule.At(executive.Body.At("hostedBy"), executive.Body.Clause ?? governance.Clause, Names.Of(executive.Body)));
    }
}

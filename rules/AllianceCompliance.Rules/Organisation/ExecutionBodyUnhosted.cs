using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The execution body works from a member, its supporting unit, which provides its office and may manage the funds.</summary>
[Name("AC310")]
internal sealed class ExecutionBodyUnhosted : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC310", ConditionId.Organisation, Severity.Warning, Cite.Join(Cite.Art8Item3, Cite.Art8Item4),
        new("Execution body has no supporting unit", "执行机构未明确依托单位"),
        new("Execution body '{0}' does not name the member that hosts it.",
            "执行机构“{0}”未写明依托的成员单位。"),
        new("Name the supporting member in the body's 'hostedBy'.",
            "在该机构的 hostedBy 中写明依托的成员单位。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Body body = null!;
        When()
            .Match(() => governance)
            .Match(() => body, b => b.Role == BodyRole.Execution && string.IsNullOrWhiteSpace(b.HostedBy));
        Then().Yield(_ => Rule.At(body.At("hostedBy"), body.Clause ?? governance.Clause, BodyName.Of(body)));
    }
}

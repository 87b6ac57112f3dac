using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The alliance sets up an organisation for consultation: a consultation body such as an expert committee.</summary>
internal sealed class ConsultationBodyMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC303", ConditionId.Organisation, Severity.Error, Cite.Art8Item3,
        new("No consultation body", "未设立咨询机构"),
        new("The alliance has no consultation body (such as an expert committee, which advises on technical matters).",
            "联盟未设立咨询机构（如专家委员会，负责技术咨询）。"),
        new("Add the body under 'governance.bodies' with 'role: consultation', its name and the article that sets it up.",
            "在 governance.bodies 中补充该机构：role: consultation、名称及设立该机构的条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Bodies,
            "a consultation body is one of the three bodies required.",
            "咨询机构是必设的三类机构之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        When()
            .Match(() => governance)
            .Not<Body>(b => b.Role == BodyRole.Consultation);
        Then().Yield(_ => Rule.At(governance.At("bodies"), governance.Clause));
    }
}

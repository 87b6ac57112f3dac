using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>The decision body is made up of alliance members; the agreement should say which.</summary>
internal sealed class DecisionBodyWithoutMembers : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC305", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Decision body's members not listed", "未列明决策机构组成"),
        new("Decision body {0} does not list the members that sit on it, so who takes the alliance's decisions is not shown.",
            "决策机构{0}未列明由哪些成员组成，无法看出由谁作出联盟决策。"),
        new("List the member ids that sit on the body under its 'members' (every member, if the body is made up of all of them).",
            "在该机构的 members 中列出组成成员的 id（如由全体成员组成，则列出全部成员）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Bodies,
            "who sits on the decision body may only be missing from the summary.",
            "决策机构组成可能只是摘要漏记。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Body body = null!;
        When()
            .Match(() => governance)
            .Match(() => body, b => b.Role == BodyRole.Decision && b.Members.IsDefaultOrEmpty);
        Then().Yield(_ => Rule.At(body.At("members"), body.Clause ?? governance.Clause, Names.Of(body)));
    }
}

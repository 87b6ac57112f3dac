using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.FundManagement;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>
/// When the alliance dissolves, the government-funded projects it organises are adjusted or
/// cancelled (the pilot procedure's summary, 4(4)).
/// </summary>
internal sealed class DissolutionFundedProjectsUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC731", ConditionId.Clauses, Severity.Warning, Cite.PilotWithdrawal,
        new("Government-funded projects on dissolution not provided for", "未约定解散时政府资助项目的处理"),
        new("The alliance has government grants, but the dissolution clause does not say how its government-funded projects are adjusted or cancelled.",
            "联盟有政府资助经费，但解散条款未约定其政府资助项目的调整或撤销。"),
        new("State how the projects are adjusted or cancelled on dissolution ('agreement.dissolution.fundedProjects'), on the council's written opinion reported for approval.",
            "约定解散时项目的调整或撤销方式（agreement.dissolution.fundedProjects），由理事会提出书面意见，报批后执行。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.PilotWithdrawal,
            "the procedure comes from a secondary summary of the project rules and applies whether or not the agreement repeats it.",
            "该程序来自二手综述所述的项目管理规定，无论协议是否重述均应适用。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Dissolution dissolution = null!;
        When()
            .Match(() => dissolution, d => string.IsNullOrWhiteSpace(d.FundedProjects))
            .Exists<FundSource>(s => Grants.FundsProjects(s));
        Then().Yield(_ => Rule.At(dissolution.At("fundedProjects"), dissolution.Clause));
    }
}

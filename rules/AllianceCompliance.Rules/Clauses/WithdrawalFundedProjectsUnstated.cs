using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.FundManagement;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>
/// When a member undertaking a government-funded project withdraws, the council gives a written
/// opinion on adjusting or cancelling the project (the pilot procedure's summary, 4(4)).
/// </summary>
internal sealed class WithdrawalFundedProjectsUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC730", ConditionId.Clauses, Severity.Warning, Cite.PilotWithdrawal,
        new("Withdrawing member's government-funded projects not provided for", "未约定退出成员所承担政府资助项目的处理"),
        new("The alliance has government grants, but the withdrawal clause does not say how the government-funded projects of a withdrawing member are adjusted or cancelled.",
            "联盟有政府资助经费，但退出条款未约定退出成员所承担政府资助项目的调整或撤销。"),
        new("State in 'agreement.withdrawal.fundedProjects' that the council gives a written opinion on adjusting or cancelling the projects of a withdrawing member, reported for approval.",
            "在 agreement.withdrawal.fundedProjects 中约定：成员退出的，由理事会就其承担项目的调整或撤销提出书面意见，报批后执行。"))
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
        Withdrawal withdrawal = null!;
        When()
            .Match(() => withdrawal, w => string.IsNullOrWhiteSpace(w.FundedProjects))
            .Exists<FundSource>(s => Grants.FundsProjects(s));
        Then().Yield(_ => Rule.At(withdrawal.At("fundedProjects"), withdrawal.Clause));
    }
}

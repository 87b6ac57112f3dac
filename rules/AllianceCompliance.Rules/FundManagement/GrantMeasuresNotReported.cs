using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// An alliance that undertakes government-funded projects reports its measures for their funds to
/// the Ministry of Science and Technology (the pilot procedure's summary, 4(3)).
/// </summary>
internal sealed class GrantMeasuresNotReported : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC430", ConditionId.Funds, Severity.Warning, Cite.PilotFunds,
        new("Fund measures for government-funded projects not reported", "政府资助项目经费管理办法未写明报送部门"),
        new("The alliance has government grants, but the summary does not say to whom its measures for project funds are reported.",
            "联盟有政府资助经费，但摘要未写明其项目经费管理办法报送何部门。"),
        new("State the authority the measures are reported to ('funds.managementMeasures.reportedTo'), normally the Ministry of Science and Technology for national plan projects.",
            "写明办法报送的部门（funds.managementMeasures.reportedTo）；国家科技计划项目通常报科技部。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.PilotFunds,
            "the duty comes from a secondary summary and concerns national plan projects; a report not written down may only be a gap in recording.",
            "该要求来自二手综述且针对国家科技计划项目；未写明可能只是漏记。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        FundManagementMeasures measures = null!;
        When()
            .Match(() => measures, m => string.IsNullOrWhiteSpace(m.ReportedTo))
            .Exists<FundSource>(s => Grants.FundsProjects(s));
        Then().Yield(_ => Rule.At(measures.At("reportedTo"), measures.Clause));
    }
}

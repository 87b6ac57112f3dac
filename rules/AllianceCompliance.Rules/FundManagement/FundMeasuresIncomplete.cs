using System.Collections.Immutable;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// Where the alliance has government grants, its measures for project funds cover the management
/// organisation, matching and use of project funds, supervision and accountability, and IP sharing
/// (the list of the pilot procedure's summary for national plan projects, which ends in "etc.").
/// </summary>
internal sealed class FundMeasuresIncomplete : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC403", ConditionId.Funds, Severity.Warning, Cite.PilotFunds,
        new("Fund measures leave out topics listed for government-funded projects", "经费管理办法缺少政府资助项目经费管理的所列内容"),
        new("The alliance has government grants, and its fund management measures do not cover {0}.",
            "联盟有政府资助经费，其经费管理办法未涵盖：{0}。"),
        new("Extend the measures to the missing topics and list them in 'funds.managementMeasures.covers'.",
            "在管理办法中补充缺少的内容，并在 funds.managementMeasures.covers 中列明。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.PilotFunds,
            "the list concerns measures for national plan project funds, comes from a secondary summary and ends in \"etc.\"; it is checked only where the alliance has government grants, and only as a warning.",
            "该清单针对国家科技计划项目经费的配套管理办法，来自二手综述且以“等”结尾；仅在联盟有政府资助时检查，且仅为警告。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        FundManagementMeasures measures = null!;
        ImmutableArray<FundTopic> missing = default;
        When()
            .Match(() => measures, m => !m.Covers.IsEmpty)
            .Exists<FundSource>(s => Grants.FundsProjects(s))
            .Let(() => missing, () => FundTopics.MissingFrom(measures))
            .Having(() => !missing.IsEmpty);
        Then().Yield(_ => Rule.At(measures.At("covers"), measures.Clause, FundTopics.Describe(missing)));
    }
}

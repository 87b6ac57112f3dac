using System.Collections.Immutable;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// Fund measures cover the management organisation, matching and use of project funds,
/// supervision and accountability, and IP sharing.
/// </summary>
internal sealed class FundMeasuresIncomplete : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC403", ConditionId.Funds, Severity.Error, Cite.Join(Cite.Art8Item4, Cite.PilotFunds),
        new("Fund measures leave out required topics", "经费管理办法缺少必备内容"),
        new("The fund management measures do not cover {0}.",
            "经费管理办法未涵盖：{0}。"),
        new("Extend the measures to the missing topics and list them in 'funds.managementMeasures.covers'.",
            "在管理办法中补充缺少的内容，并在 funds.managementMeasures.covers 中列明。"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        FundManagementMeasures measures = null!;
        ImmutableArray<FundTopic> missing = default;
        When()
            .Match(() => measures, m => !m.Covers.IsEmpty)
            .Let(() => missing, () => FundTopics.MissingFrom(measures))
            .Having(() => !missing.IsEmpty);
        Then().Yield(_ => Rule.At(measures.At("covers"), measures.Clause, FundTopics.Describe(missing)));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Measures whose contents are not stated give no evidence that they cover what they must.</summary>
internal sealed class FundMeasuresContentUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC404", ConditionId.Funds, Severity.Warning, Cite.Join(Cite.Art8Item4, Cite.PilotFunds),
        new("Contents of the fund measures not stated", "未说明经费管理办法的内容"),
        new("The fund management measures{0} do not say what they cover, so it cannot be checked that they regulate {1}.",
            "经费管理办法{0}未说明其涵盖内容，无法核实其是否规定了{1}。"),
        new("List in 'funds.managementMeasures.covers' what the measures regulate: organisation, matching, use, supervision, accountability, ip-sharing (and budget, audit).",
            "在 funds.managementMeasures.covers 中列明办法规定的内容：organisation、matching、use、supervision、accountability、ip-sharing（可加 budget、audit）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Funds,
            "the contents of the measures may only be missing from the summary.",
            "管理办法的内容可能只是摘要漏记。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        FundManagementMeasures measures = null!;
        When().Match(() => measures, m => m.Covers.IsEmpty);
        Then().Yield(_ => Rule.At(measures.At("covers"), measures.Clause,
            string.IsNullOrWhiteSpace(measures.Document) ? LocalizedText.Empty : RuleWords.FundTopic.MeasuresDocument.Format(measures.Document),
            FundTopics.Describe(FundTopics.Required)));
    }
}

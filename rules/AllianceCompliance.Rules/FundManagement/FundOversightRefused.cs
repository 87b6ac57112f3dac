using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>A text that refuses the fund measures or the oversight of the funds (不设监督, not audited) contradicts Art. 8(4).</summary>
internal sealed class FundOversightRefused : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC450", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("Fund measures or oversight refused", "条款排除经费管理或监督"),
        new("The text refuses the {0}: '{1}'.",
            "条款排除了{0}：“{1}”。"),
        new("Art. 8(4): 'Corresponding internal management measures should be formulated for the alliance\u2019s funds, and an internal oversight mechanism for the use of these funds should be established.' Remove the exclusion and state the measures adopted and the oversight in place (who checks the use of funds, how often, to whom it reports); a threshold below which spending is not audited separately may stay.",
            "第八条第（四）项：“应制定相应的联盟经费内部管理办法，建立经费使用的内部监督机制。”请删除排除性表述，写明已制定的管理办法和已建立的监督机制（由谁监督经费使用、频次、向谁报告）；小额支出不单独审计的限额可以保留。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Funds, "a text that excludes the measures or the oversight contradicts it.", "排除管理办法或监督机制的表述与之相抵触。"),
        Phrases = Reacts.ToRefusal(Duty.FundMeasures, Duty.FundOversight),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.FundMeasures || r.Duty == Duty.FundOversight) && r.Refusal != null);
        Then().Yield(_ => Rule.At(reading.Refusal!.Location, reading.Clause, reading.DutyName, reading.Refusal!.Phrase));
    }
}

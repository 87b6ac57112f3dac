using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>The fund measures and the oversight of the funds are in place: a text that leaves them to be made later does not meet Art. 8(4).</summary>
internal sealed class FundTermLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC440", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("Fund measures or oversight left open", "经费管理办法或监督机制未落实"),
        new("The text does not put the {0} in place: it says '{1}'.",
            "条款未落实{0}：写的是“{1}”。"),
        new("Art. 8(4): 'Corresponding internal management measures should be formulated for the alliance\u2019s funds, and an internal oversight mechanism for the use of these funds should be established.' Name the measures adopted (title, date, adopting body) and the oversight mechanism in place, in place of the quoted phrase.",
            "第八条第（四）项要求对联盟经费制定相应的内部管理办法，并建立经费使用的内部监督机制。请写明已制定的管理办法（名称、日期、制定机构）和已建立的监督机制，替换所引用语。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Funds, "a placeholder or a deferral means the measures or the oversight are not yet in place.", "占位词或留待以后制定，意味着管理办法或监督机制尚未落实。"),
        Phrases = Reacts.ToUnsettled(Duty.FundMeasures, Duty.FundOversight),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.FundMeasures || r.Duty == Duty.FundOversight) && r.Unsettled != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.FundTermLeftOpen, reading, reading.Unsettled!.Location, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

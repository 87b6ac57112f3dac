using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Fund measures whose details are left to later rules: a warning quoting the deferral.</summary>
internal sealed class FundDetailsDeferred : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC441", ConditionId.Funds, Severity.Warning, Cite.Art8Item4,
        new("Details of the fund measures deferred", "经费管理细则留待另行制定"),
        new("The text states the principle of the {0} and leaves the details to later rules: '{1}'.",
            "条款仅明确了{0}的原则，细则留待另行制定：“{1}”。"),
        new("Have the council adopt the detailed rules and name them here (title, date); Art. 8(4) asks for the measures to be formulated.",
            "请由理事会制定细则，并在此写明其名称和日期；第八条第（四）项要求制定相应的经费管理办法。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(Why.Art8Funds, "the principle is stated and only details are left to later rules, which may be in place by the time of the pilot.", "原则已明确，仅细则留待以后制定，可能在试点前已制定。"),
        Phrases = Reacts.ToDetailsDeferred(Duty.FundMeasures, Duty.FundOversight),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.FundMeasures || r.Duty == Duty.FundOversight) && r.DetailsDeferral != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.FundDetailsDeferred, reading, reading.DetailsDeferral!.Location, reading.DutyName, reading.DetailsDeferral!.Phrase));
    }
}

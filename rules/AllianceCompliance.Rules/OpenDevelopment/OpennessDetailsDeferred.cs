using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>An openness provision whose principle is stated and whose details are left to later rules: a warning quoting the deferral.</summary>
internal sealed class OpennessDetailsDeferred : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC644", ConditionId.Openness, Severity.Warning, Cite.Art8Item6,
        new("Details of an openness provision deferred", "开放发展条款细则留待另行制定"),
        new("The text states the principle of the {0} and leaves the details to later rules: '{1}'.",
            "条款仅明确了{0}的原则，细则留待另行制定：“{1}”。"),
        new("Have the council adopt the detailed rules (criteria, procedure, time limits) and name them here; Art. 8(6) asks for a working mechanism, not a promise of one.",
            "请由理事会制定细则（条件、程序、期限）并在此写明；第八条第（六）项要求建立可运行的机制，而非承诺另行制定。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(Why.Art8Openness, "the principle is stated and only details are left to later rules.", "原则已明确，仅细则留待以后制定。"),
        Phrases = Reacts.ToDetailsDeferred(Duty.Admission, Duty.ExternalCooperation, Duty.Dissemination, Duty.GovernmentFundedSharing),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.Admission || r.Duty == Duty.ExternalCooperation || r.Duty == Duty.Dissemination || r.Duty == Duty.GovernmentFundedSharing) && r.DetailsDeferral != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.OpennessDetailsDeferred, reading, reading.DetailsDeferral!.Location, reading.DutyName, reading.DetailsDeferral!.Phrase));
    }
}

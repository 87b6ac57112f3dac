using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>
/// An annex listed in <c>agreement.annexes</c> whose title says it is still to be drawn up (待定,
/// 另行制定, TBD). It settles no term: a clause that refers to it is read as leaving its term open
/// (an error where Art. 8 requires the term). The annex itself is a warning.
/// </summary>
internal sealed class AnnexNotDrawnUp : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC742", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Annex not yet drawn up", "附件尚未制定"),
        new("The {0} is listed, but its title says it is not drawn up yet: '{1}'; a clause that refers to it settles nothing.",
            "{0}已列明，但其标题表明尚未制定：“{1}”；援引该附件的条款并未约定任何内容。"),
        new("Attach the annex to the signed agreement and write its title, or write the terms in the clauses that refer to it; an annex still to be drawn up is a later agreement.",
            "请将该附件附于签署文本并写明其标题，或在援引该附件的条款中直接写明约定内容；尚待制定的附件属于以后的约定。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(Why.Templates, "an annex is part of the agreement only when it exists; the clauses that rely on it are judged by their own rules.", "附件只有已制定才构成协议的一部分；援引该附件的条款按其各自规则判断。"),
        Phrases = Reacts.ToUnsettled(Duty.Annex),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.Annex && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>An agreement states the period it runs for: when the members' obligations begin and end.</summary>
internal sealed class TermUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC701", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Term not stated", "未写明协议期限"),
        new("The agreement does not state {0} of its term.",
            "协议未写明期限的{0}。"),
        new("Add 'agreement.term' with 'from' and 'to': the first and last day the agreement runs.",
            "补充 agreement.term 的 from 和 to：协议有效期的起止日期。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "an open-ended agreement is lawful (Civil Code Art. 563 allows termination on reasonable notice); a stated term is drafting practice.",
            "不定期协议合法（民法典第五百六十三条允许在合理期限前通知后解除）；约定期限属于起草惯例。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => a.Term == null || a.Term.From == null || a.Term.To == null);
        Then().Yield(_ => Rule.At(
            agreement.Term == null ? agreement.At("term") : agreement.Term.At(agreement.Term.From == null ? "from" : "to"),
            agreement.Clause,
            Missing(agreement.Term)));
    }

    private static LocalizedText Missing(Term? term) => (term?.From == null, term?.To == null) switch
    {
        (true, true) => RuleWords.Term.StartOrEnd,
        (true, false) => RuleWords.Term.Start,
        _ => RuleWords.Term.End,
    };
}

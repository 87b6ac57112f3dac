using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>A term ends after it starts.</summary>
internal sealed class TermEndsBeforeStart : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC702", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("Term ends before it starts", "协议期限终止日不晚于起始日"),
        new("The agreement's term ends on {1:yyyy-MM-dd}, no later than it starts ({0:yyyy-MM-dd}).",
            "协议期限的终止日 {1:yyyy-MM-dd} 不晚于起始日 {0:yyyy-MM-dd}。"),
        new("Correct the dates of 'agreement.term'; one of them is probably mistyped.",
            "更正 agreement.term 的日期；其中一个可能录入有误。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Templates,
            "a term ending before it starts is a slip in the dates; no source makes the term mandatory.",
            "期限终止早于起始属于日期录入错误；没有依据将期限规定为强制性要求。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        Term term = null!;
        When()
            .Match(() => agreement)
            .Match(() => term, t => t.From != null && t.To != null && t.To <= t.From);
        Then().Yield(_ => Rule.At(term.At("to"), term.Clause ?? agreement.Clause, term.From, term.To));
    }
}

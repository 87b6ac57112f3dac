using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.OpenDevelopment;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says how notices and documents are served on members (drafting practice).</summary>
internal sealed class NoticesClauseMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC734", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No clause on service of documents", "缺少文书送达条款"),
        new("The agreement does not say how notices and documents are served on members.",
            "协议未约定通知和文书的送达方式。"),
        new("Summarise the clause in 'agreement.notices' with its article: the addresses for service (each member's 'address') and when a notice counts as received.",
            "在 agreement.notices 中摘录该条款及其条号：送达地址（各成员的 address）及视为送达的时间。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a clause on service is drafting practice; it makes notices of withdrawal, breach or meetings provable.",
            "送达条款属于起草惯例，便于证明退出、违约或会议通知已送达。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => Provision.IsMissing(a.Notices));
        Then().Yield(_ => Provision.Report(Rule, agreement, agreement.Clause, "notices", agreement.Notices));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.OpenDevelopment;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says what excuses a member that cannot perform through force majeure (drafting practice).</summary>
internal sealed class ForceMajeureClauseMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC732", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No force majeure clause", "缺少不可抗力条款"),
        new("The agreement has no force majeure clause.",
            "协议没有不可抗力条款。"),
        new("Summarise the force majeure clause with its article ('agreement.forceMajeure'): notice, proof and the effect on a member's tasks.",
            "摘录不可抗力条款及其条号（agreement.forceMajeure）：通知、证明及对成员任务的影响。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "a force majeure clause is drafting practice; without one the Civil Code (Arts. 180, 590) applies.",
            "不可抗力条款属于起草惯例；未约定的适用民法典第一百八十条、第五百九十条。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => Provision.IsMissing(a.ForceMajeure));
        Then().Yield(_ => Provision.Report(Rule, agreement, agreement.Clause, "forceMajeure", agreement.ForceMajeure));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.OpenDevelopment;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>The agreement says how it is amended and when amendments take effect (drafting practice).</summary>
internal sealed class AmendmentClauseMissing : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC733", ConditionId.Clauses, Severity.Warning, Cite.Templates,
        new("No amendment clause", "缺少协议变更条款"),
        new("The agreement does not say how it is amended or when amendments take effect.",
            "协议未约定变更方式及变更的生效。"),
        new("Summarise the clause in 'agreement.amendment' with its article: who decides an amendment (for example the council by a stated majority) and when it takes effect.",
            "在 agreement.amendment 中摘录该条款及其条号：由谁决定变更（如理事会按约定多数表决）及变更何时生效。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Templates,
            "an amendment clause is drafting practice; without one an amendment needs every party's agreement (Civil Code Art. 543).",
            "变更条款属于起草惯例；未约定的，变更须经各方协商一致（民法典第五百四十三条）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When().Match(() => agreement, a => Provision.IsMissing(a.Amendment));
        Then().Yield(_ => Provision.Report(Rule, agreement, agreement.Clause, "amendment", agreement.Amendment));
    }
}

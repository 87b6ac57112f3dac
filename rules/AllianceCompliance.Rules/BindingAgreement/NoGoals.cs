using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement sets forth specific technological innovation goals.</summary>
internal sealed class NoGoals : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC201", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("No specific goals", "未明确具体目标"),
        new("The agreement sets forth no specific technological innovation goals.",
            "协议未明确具体的技术创新目标。"),
        new("List the alliance's goals under 'agreement.goals', each with what is to be achieved, how it is measured and when it falls due.",
            "在 agreement.goals 中列出联盟目标，每项写明目标内容、考核指标和完成时限。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Goals,
            "an agreement with no goal does not set forth specific goals.",
            "没有任何目标的协议不满足“明确具体目标”。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Agreement agreement = null!;
        When()
            .Match(() => agreement)
            .Not<Goal>();
        Then().Yield(_ => Rule.At(agreement.At("goals"), agreement.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>New members are admitted promptly as the alliance needs them: the agreement says how.</summary>
internal sealed class AdmissionUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC602", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("Admission of new members not provided for", "未约定新成员吸纳"),
        new("The agreement does not say how new members are admitted.",
            "协议未约定吸纳新成员的条件和程序。"),
        new("State in 'openness.admission' who may join, how they apply and who decides, with the article that says so.",
            "在 openness.admission 中写明入盟条件、申请方式和决定机构，以及所在条款。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Openness,
            "admission of new members is part of the mechanism required.",
            "吸纳新成员是须建立的机制的组成部分。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Openness openness = null!;
        When().Match(() => openness, o => Provision.IsMissing(o.Admission));
        Then().Yield(_ => Provision.Report(Rule, openness, "admission", openness.Admission));
    }
}

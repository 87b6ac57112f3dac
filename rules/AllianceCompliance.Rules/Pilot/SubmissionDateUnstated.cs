using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Pilot;

/// <summary>Without a submission date it cannot be shown that the alliance was established before it applied.</summary>
internal sealed class SubmissionDateUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC805", ConditionId.Pilot, Severity.Warning, Cite.Join(Cite.PilotApplication, Cite.Art7),
        new("Application date not stated", "未写明申请日期"),
        new("The pilot application does not say when it was submitted, so it cannot be checked that the agreement was in effect by then.",
            "试点申请未写明提交日期，无法核实申请时协议是否已经生效。"),
        new("Give the submission date in 'application.submitted'.",
            "在 application.submitted 中写明提交日期。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.PilotDossier,
            "a submission date not written down is a gap in recording.",
            "未写明提交日期属于记录缺失。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        PilotApplication application = null!;
        When().Match(() => application, a => a.Submitted == null);
        Then().Yield(_ => Rule.At(application.At("submitted"), application.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>
/// An openness text that says something, leaves nothing open and refuses nothing, yet has none of
/// the words by which such a text takes on its duty ("Only the signatories are members"; "outcomes
/// belong to the members that made them"): a warning, since it may say so in words the checker does not know.
/// </summary>
internal sealed class OpennessDutyNotTakenOn : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC650", ConditionId.Openness, Severity.Warning, Cite.Art8Item6,
        new("Openness text does not take on its duty", "开放发展条款未写明承担的义务"),
        new("The text on the {0} does not say that the alliance does it: it has none of the words the checker looks for.",
            "{0}条款未写明联盟承担该项义务：其中没有检查工具查找的任何用语。"),
        new("Say what the alliance does: how new members apply and are admitted; how results are disseminated; that outcomes of government-funded projects are shared with entities outside the alliance, and on what terms; with whom it cooperates. If the text already says so in other words, waive this finding with that justification.",
            "请写明联盟如何履行：新成员如何申请和吸纳；成果如何扩散；政府资助项目成果以何种条件向联盟外单位共享；与哪些外部组织开展合作。如条款已用其他表述写明，请以此为理由豁免本提示。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(Why.Art8Openness, "the checker reads phrases, not prose: a text without the words it knows may still take on the duty in other words.", "检查工具只查找用语，不理解文意：没有这些用语的条款仍可能以其他表述承担了该义务。"),
        Expects = Reacts.ToNoCommitment(Duty.Admission, Duty.ExternalCooperation, Duty.Dissemination, Duty.GovernmentFundedSharing),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Uncommitted);
        Then().Yield(_ => At(Rule, RuleWords.Fix.OpennessDutyNotTakenOn, reading, reading.Location, reading.DutyName));
    }
}

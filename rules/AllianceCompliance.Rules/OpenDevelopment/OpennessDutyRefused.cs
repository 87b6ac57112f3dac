using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>A text that refuses new members, the dissemination of results, or sharing government-funded outcomes outside the alliance contradicts Art. 8(6).</summary>
internal sealed class OpennessDutyRefused : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC640", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("Duty of Art. 8(6) refused", "条款拒绝履行开放发展义务"),
        new("The text refuses the {0}: '{1}'.",
            "条款拒绝{0}：“{1}”。"),
        new("Art. 8(6): 'New members should be promptly admitted ... The alliance shall establish a mechanism for disseminating its achievements, and it shall have an obligation to share the outcomes generated from government-funded projects with entities outside the alliance.' Remove the refusal and state the conditions and procedure instead (criteria, application and decision; how and on what terms outcomes are disseminated and shared); limits the law requires (state secrets) may stay.",
            "第八条第（六）项要求根据发展需要及时吸纳新成员，建立成果扩散机制，并承担将政府资助项目成果向联盟外单位共享的义务。请删除拒绝性表述，改为写明条件和程序（入盟条件、申请和决定；成果扩散与共享的方式和条件）；法律要求的限制（如国家秘密）可以保留。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Openness, "a text that refuses the duty contradicts it.", "拒绝履行该义务的表述与之相抵触。"),
        Phrases = Reacts.ToRefusal(Duty.Admission, Duty.Dissemination, Duty.GovernmentFundedSharing),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.Admission || r.Duty == Duty.Dissemination || r.Duty == Duty.GovernmentFundedSharing) && r.Refusal != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.OpennessDutyRefused, reading, reading.Refusal!.Location, reading.DutyName, reading.Refusal!.Phrase));
    }
}

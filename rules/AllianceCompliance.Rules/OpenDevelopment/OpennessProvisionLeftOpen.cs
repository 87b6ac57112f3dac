using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>Admission, dissemination and the sharing of government-funded outcomes are provided for: a placeholder or a deferral provides nothing.</summary>
internal sealed class OpennessProvisionLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC641", ConditionId.Openness, Severity.Error, Cite.Art8Item6,
        new("Openness provision left open", "开放发展条款未落实"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未约定{0}：写的是“{1}”。"),
        new("Art. 8(6) requires the alliance to admit new members promptly, to establish a mechanism for disseminating its achievements and to share government-funded outcomes outside the alliance. Write the provision in place of the quoted phrase: who may join and how; how results are disseminated; how and on what terms those outcomes are shared.",
            "第八条第（六）项要求及时吸纳新成员、建立成果扩散机制、承担政府资助项目成果向联盟外共享的义务。请将所引用语替换为具体约定：入盟条件和程序；成果扩散方式；上述成果共享的方式和条件。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Openness, "a placeholder or a deferral provides no mechanism.", "占位词或留待以后约定，并未建立相应机制。"),
        Phrases = Reacts.ToUnsettled(Duty.Admission, Duty.Dissemination, Duty.GovernmentFundedSharing),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.Admission || r.Duty == Duty.Dissemination || r.Duty == Duty.GovernmentFundedSharing) && r.Unsettled != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.OpennessProvisionLeftOpen, reading, reading.Unsettled!.Location, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>Art. 8(6) urges exchanges and cooperation with external organisations ("should be pursued"): a text that rules them out is a warning.</summary>
internal sealed class ExternalCooperationRefused : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC642", ConditionId.Openness, Severity.Warning, Cite.Art8Item6,
        new("External cooperation ruled out", "条款排除对外交流合作"),
        new("The text rules out the {0}: '{1}'.",
            "条款排除了{0}：“{1}”。"),
        new("Art. 8(6): 'active exchanges and cooperation with external organizations should be pursued'. Remove the refusal, or limit it to what the law or a confidentiality duty requires.",
            "第八条第（六）项要求积极开展与外部组织的交流与合作。请删除排除性表述，或仅限于法律或保密义务要求的范围。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(Why.Art8Openness, "external cooperation \"should be pursued\": guidance, not a mandatory term.", "对外交流合作为“积极开展”的指导性要求，而非强制性条款。"),
        Phrases = Reacts.ToRefusal(Duty.ExternalCooperation),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.ExternalCooperation && r.Refusal != null);
        Then().Yield(_ => Rule.At(reading.Refusal!.Location, reading.Clause, reading.DutyName, reading.Refusal!.Phrase));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.OpenDevelopment;

/// <summary>External cooperation left to a placeholder or a later agreement: a warning (Art. 8(6) urges it).</summary>
internal sealed class ExternalCooperationLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC643", ConditionId.Openness, Severity.Warning, Cite.Art8Item6,
        new("External cooperation left open", "对外交流合作未约定"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未约定{0}：写的是“{1}”。"),
        new("Art. 8(6): 'active exchanges and cooperation with external organizations should be pursued'. Say how (forums, joint projects, exchanges with industry associations) in place of the quoted phrase.",
            "第八条第（六）项要求积极开展与外部组织的交流与合作。请写明方式（论坛、合作项目、与行业协会交流等），替换所引用语。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(Why.Art8Openness, "external cooperation \"should be pursued\": guidance, not a mandatory term.", "对外交流合作为“积极开展”的指导性要求，而非强制性条款。"),
        Phrases = Reacts.ToUnsettled(Duty.ExternalCooperation),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.ExternalCooperation && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

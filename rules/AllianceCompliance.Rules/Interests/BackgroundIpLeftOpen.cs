using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>How members' prior IP is used should be settled with the results' terms; a placeholder or deferral is a gap (Art. 8(5) names the results' IP, not prior IP: a warning).</summary>
internal sealed class BackgroundIpLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC542", ConditionId.Interests, Severity.Warning, Cite.Art8Item5,
        new("Background IP left open", "背景知识产权的处理未约定"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未约定{0}：写的是“{1}”。"),
        new("State how each member's prior IP may be used in alliance projects (scope, licence, fees), in place of the quoted phrase.",
            "请写明各成员已有知识产权在联盟项目中的使用范围、许可方式和费用，替换所引用语。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(Why.Templates, "Art. 8(5) names the results' IP, not members' prior IP; settling prior IP is drafting practice.", "第八条第（五）项针对的是成果的知识产权，而非成员原有知识产权；约定原有知识产权属于起草惯例。"),
        Phrases = Reacts.ToUnsettled(Duty.BackgroundIp),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.BackgroundIp && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// A government grant's supervising authority, or the authority the fund measures are reported to,
/// written as a placeholder or put off (待定, TBD, 无): named no more than when it is absent (AC406,
/// AC430), and like them a warning, since the supervision and the report follow from the regulations.
/// </summary>
internal sealed class GrantOversightLeftOpen : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC443", ConditionId.Funds, Severity.Warning, Cite.Art8Item4,
        new("Authority for government funds left open", "政府资助经费的主管部门未写明"),
        new("The text leaves the {0} open: it says '{1}'.",
            "条款未写明{0}：写的是“{1}”。"),
        new("Name the authority in place of the quoted phrase: the one that supervises the grant under its regulations (usually the one that awards it), or the one the measures are reported to (the Ministry of Science and Technology for national plan projects).",
            "请将所引用语替换为主管部门名称：按有关规定监督该经费使用的部门（通常为资助部门），或办法报送的部门（国家科技计划项目为科技部）。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Grants,
            "the supervision follows from the regulations whether or not the agreement names the authority; a placeholder is a gap in recording.",
            "无论协议是否写明部门，监督均依有关规定进行；写成占位词属于记录缺失。"),
        Phrases = Reacts.ToUnsettled(Duty.GrantSupervisor, Duty.FundReporting),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => (r.Duty == Duty.GrantSupervisor || r.Duty == Duty.FundReporting) && r.Unsettled != null);
        Then().Yield(_ => Rule.At(reading.Unsettled!.Location, reading.Clause, reading.DutyName, reading.Unsettled!.Phrase));
    }
}

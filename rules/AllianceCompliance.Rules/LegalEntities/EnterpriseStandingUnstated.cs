using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>
/// Enterprises should hold a leading position in their industry; the agreement should show it. Read
/// from the clause reading of <c>standing</c>, so that a value that says nothing (无, 暂无, N/A) counts as none.
/// </summary>
internal sealed class EnterpriseStandingUnstated : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC110", ConditionId.LegalEntities, Severity.Warning, Cite.Art8Item1,
        new("Enterprise's leading position not evidenced", "未说明企业的行业领先地位"),
        new("Enterprise {0} gives no evidence of a leading position in its industry.",
            "企业{0}未提供其在行业中处于领先地位的依据。"),
        new("Add 'standing': market share, ranking, national certifications or key projects that show the enterprise leads its industry.",
            "补充 standing：市场份额、行业排名、国家级资质或重大项目等领先地位依据。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(
            Why.Art8Standing,
            "\"should\" describes what members bring; missing evidence may only be a gap in recording.",
            "“应”描述成员应具备的优势；未提供依据可能只是记录缺失。"),
        Phrases = Reacts.ToNothing(Duty.Standing),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading standing = null!;
        When().Match(() => standing,
            r => r.Duty == Duty.Standing && r.SaysNothing,
            r => r.Member != null && r.Member.Kind == MemberKind.Enterprise);
        Then().Yield(_ => Rule.At(standing.Location, standing.Clause, Names.Of(standing.Member!)));
    }
}

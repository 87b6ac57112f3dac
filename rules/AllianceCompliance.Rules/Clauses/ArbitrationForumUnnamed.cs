using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>
/// An arbitration agreement names the arbitration commission, or one that can be identified from the
/// agreed rules or place; otherwise it is void unless the parties agree one later.
/// </summary>
internal sealed class ArbitrationForumUnnamed : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC712", ConditionId.Clauses, Severity.Warning, Cite.ArbitrationCommission,
        new("Arbitration commission not named", "未写明仲裁委员会"),
        new("The dispute clause chooses arbitration but the summary names no arbitration commission; unless the clause identifies one (by name, by the agreed arbitration rules or by the only commission of the agreed place) or the members agree on one later, the arbitration agreement is void.",
            "争议解决条款约定了仲裁，但摘要未写明仲裁委员会；除非条款能够确定仲裁委员会（写明名称、依约定的仲裁规则或约定地点仅有的一个仲裁机构确定）或成员事后达成补充协议，该仲裁协议无效。"),
        new("Name in 'forum' the arbitration commission the signed clause chooses or identifies; if it identifies none, agree on one in a supplementary agreement.",
            "在 forum 中写明签署条款选定或可以确定的仲裁委员会；无法确定的，应另行达成补充协议选定。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = new(
            "PRC Arbitration Law Arts. 16, 18 and SPC Interpretation Arts. 3-6: an arbitration agreement names the commission; one identifiable from the agreed rules or the place, or agreed later, suffices. Warning: the summary may only leave out a commission the clause identifies.",
            "《仲裁法》第十六条、第十八条及最高人民法院司法解释第三条至第六条：仲裁协议应选定仲裁委员会；依约定的仲裁规则或地点能够确定，或事后达成补充协议的，亦可。警告：可能只是摘要未写明条款已确定的仲裁委员会。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        DisputeResolution dispute = null!;
        When().Match(() => dispute,
            d => d.Methods.Contains(DisputeMethod.Arbitration) && !d.Methods.Contains(DisputeMethod.Litigation),
            d => string.IsNullOrWhiteSpace(d.Forum));
        Then().Yield(_ => Rule.At(dispute.At("forum"), dispute.Clause));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// The entity that answers for the alliance outside should be one that controls what it answers for:
/// a lead unit or the supporting unit of the execution body. Any other member is unusual and worth a look.
/// </summary>
internal sealed class ExternalLiabilityEntityDetached : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC309", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("External liability entity neither leads nor hosts the execution body", "对外责任主体既非牵头单位也非执行机构依托单位"),
        new("Member {0} bears the alliance's external obligations, but it is neither a lead unit of the alliance nor the host of an execution body.",
            "成员{0}承担联盟对外责任，但它既不是联盟的牵头单位，也不是执行机构的依托单位。"),
        new("Check that the agreement really assigns external liability to this member; it is normally the lead enterprise or the supporting unit of the permanent body.",
            "请核实协议确实由该成员承担对外责任；通常应为牵头企业或常设机构的依托单位。"))
    {
        Basis = RuleBasis.Practice,
        Rationale = Why.Warning(
            Why.Art8Liability,
            "Art. 8(3) lets the agreement choose any entity; the lead or supporting unit is usual practice.",
            "第八条第（三）项允许协议指定任何主体；由牵头单位或依托单位承担是通常做法。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Member entity = null!;
        When()
            .Match(() => governance, g => g.ExternalLiabilityEntity != null && g.ExternalLiabilityEntity != Governance.AllianceItself)
            .Match(() => entity, m => m.Id == governance.ExternalLiabilityEntity)
            .Exists<LeadUnit>()
            .Not<LeadUnit>(l => l.MemberId == governance.ExternalLiabilityEntity)
            .Not<Body>(b => b.Role == BodyRole.Execution && b.HostedBy == governance.ExternalLiabilityEntity);
        Then().Yield(_ => Rule.At(governance.At("externalLiabilityEntity"), governance.Clause, Names.Of(entity)));
    }
}

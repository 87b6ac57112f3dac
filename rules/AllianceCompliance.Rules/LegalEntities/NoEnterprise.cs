using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Enterprises are the main actors of an alliance: it must have at least one.</summary>
internal sealed class NoEnterprise : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC102", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("No enterprise member", "没有企业成员"),
        new("No member is an enterprise; an alliance is led by enterprises together with universities and research institutes.",
            "没有企业成员；联盟应以企业为主体，与高校、科研机构共同组建。"),
        new("Add the enterprises of the alliance as members with 'kind: enterprise'.",
            "将联盟中的企业列为成员，并注明 kind: enterprise。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Members,
            "without an enterprise the alliance lacks the actors Art. 8(1) lists first and Art. 3 makes the main actors.",
            "没有企业成员，联盟缺少第八条第（一）项列在首位、第三条作为主体的企业。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        When()
            .Match(() => roster, r => r.Members.Length > 0)
            .Not<Member>(m => m.Kind == MemberKind.Enterprise);
        Then().Yield(_ => Rule.At(roster.Location, null));
    }
}

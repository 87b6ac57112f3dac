using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>An alliance joins industry with academia: at least one university or research institute.</summary>
internal sealed class NoUniversityOrInstitute : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC103", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("No university or research institute", "没有高校或科研机构成员"),
        new("No member is a university or research institute; an alliance joins enterprises with universities and research institutes.",
            "没有高校或科研机构成员；联盟应由企业、高校和科研机构共同组成。"),
        new("Add the universities or research institutes that take part, with 'kind: university' or 'kind: research-institute'.",
            "将参与的高校或科研机构列为成员，并注明 kind: university 或 kind: research-institute。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Members,
            "the alliance combines industry with universities or research institutions; without either, the composition Art. 8(1) sets is not met.",
            "联盟以产学研结合为要素；没有高校或科研机构，第八条第（一）项的组成要求未满足。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Roster roster = null!;
        When()
            .Match(() => roster, r => r.Members.Length > 0)
            .Not<Member>(m => m.Kind == MemberKind.University || m.Kind == MemberKind.ResearchInstitute);
        Then().Yield(_ => Rule.At(roster.Location, null));
    }
}

using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>Each member is a distinct legal entity: the same credit code or registered name twice is one entity listed twice.</summary>
internal sealed class EntityListedTwice : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC109", ConditionId.LegalEntities, Severity.Error, Cite.Art8Item1,
        new("Same entity listed twice", "同一单位重复列为成员"),
        new("Member {0} is the same legal entity as member {1} (same credit code or registered name).",
            "成员{0}与成员{1}是同一法人（统一社会信用代码或登记名称相同）。"),
        new("List each legal entity once; a department or second name of a member is not a member of its own.",
            "每个法人只列一次；成员的内设部门或别称不能单独作为成员。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Members,
            "every member must be an independent legal entity of its own; a second listing of the same entity (often a department or a second name of a member) is not one, and the membership the agreement shows is overstated.",
            "每个成员都须是独立法人；同一法人的第二次列出（常为成员的内设部门或别称）本身不是独立法人，协议显示的成员构成失实。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => SameEntity.Derive;

    public override void Define()
    {
        RepeatedListing listing = null!;
        When().Match(() => listing);
        Then().Yield(_ => Rule.At(listing.Member.Location, listing.Member.Clause, Names.Of(listing.Member), Names.Of(listing.Earlier)));
    }
}

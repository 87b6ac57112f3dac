using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>
/// "The use of government-funded grants must be subject to supervision by the relevant authorities
/// in accordance with applicable regulations" (Art. 8(4)): a grant supervised by a member, a
/// technology consortium, a body of the alliance or the alliance itself is supervised by no authority.
/// </summary>
internal sealed class GrantSupervisedInternally : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC420", ConditionId.Funds, Severity.Error, Cite.Art8Item4,
        new("Government grant supervised by the alliance itself", "政府资助经费由联盟自身监督"),
        new("The government grant from '{0}' is to be supervised by {1}, that is by the alliance itself; its use must be supervised by the relevant authorities.",
            "来自“{0}”的政府资助经费由{1}监督，即由联盟自身监督；政府资助经费的使用应接受有关部门的监督。"),
        new("Name in 'supervisedBy' the government authority that supervises the grant under its regulations (usually the one that awards it); the alliance's own oversight of funds belongs under 'funds.oversight'.",
            "在 supervisedBy 中写明按有关规定监督该经费使用的政府部门（通常为资助部门）；联盟内部的经费监督写在 funds.oversight 中。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Grants,
            "supervision by the alliance itself, one of its members or bodies is not supervision by the relevant authorities, which the grant's use must be subject to.",
            "由联盟自身、其成员或机构监督，不是须接受的有关部门的监督。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Funds funds = null!;
        Alliance alliance = null!;
        Roster roster = null!;
        IEnumerable<Consortium> consortia = null!;
        IEnumerable<Body> bodies = null!;
        FundSource grant = null!;
        LocalizedText? supervisor = null;
        When()
            .Match(() => funds)
            .Match(() => alliance)
            .Match(() => roster)
            .Query(() => consortia, q => q.Match<Consortium>().Collect())
            .Query(() => bodies, q => q.Match<Body>().Collect())
            .Match(() => grant, s => s.Kind == FundSourceKind.GovernmentGrant && !string.IsNullOrWhiteSpace(s.SupervisedBy))
            .Let(() => supervisor, () => Insiders.Named(grant.SupervisedBy!, alliance, roster, consortia, bodies))
            .Having(() => supervisor != null);
        Then().Yield(_ => Rule.At(grant.At("supervisedBy"), grant.Clause ?? funds.Clause,
            string.IsNullOrWhiteSpace(grant.From) ? $"funds.sources[{grant.Index}]" : grant.From, supervisor));
    }
}

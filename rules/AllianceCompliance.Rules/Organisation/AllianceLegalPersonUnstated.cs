using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.LegalEntities;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>
/// The alliance itself is named to bear its external obligations, which it can only as a legal
/// person; the summary should give its registration.
/// </summary>
internal sealed class AllianceLegalPersonUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC331", ConditionId.Organisation, Severity.Warning, Cite.Art8Item3,
        new("Alliance bears external obligations but its legal personality is not shown", "联盟作为对外责任主体但未说明其法人资格"),
        new("The alliance itself is named to bear its external obligations, but 'alliance.legalPerson' does not show it is a legal person (independence and credit code).",
            "协议指定联盟本身承担对外责任，但 alliance.legalPerson 未说明其法人资格（是否独立法人及统一社会信用代码）。"),
        new("Give 'alliance.legalPerson' as on the alliance's registration certificate (such as a social organisation legal-person certificate), or name a member that is a legal person.",
            "按联盟的登记证书（如社会团体法人登记证书）填写 alliance.legalPerson，或改为指定一家具有法人资格的成员。"))
    {
        Basis = RuleBasis.Recording,
        Rationale = Why.Warning(
            Why.Art8Liability,
            "an alliance registered as a legal person may bear its own obligations; its details not written down may only be a gap in recording (one stated not to be independent is AC308, an error).",
            "已登记为法人的联盟可自行承担责任；未写明其法人信息可能只是漏记（写明非独立法人的由 AC308 作为错误处理）。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Governance governance = null!;
        Roster roster = null!;
        Alliance alliance = null!;
        When()
            .Match(() => governance, g => g.ExternalLiabilityEntity == Governance.AllianceItself)
            .Match(() => roster, r => r.Find(Governance.AllianceItself) == null)
            .Match(() => alliance, a => !ShowsLegalPerson(a.LegalPerson));
        Then().Yield(_ => Rule.At(alliance.At("legalPerson"), governance.Clause));
    }

    private static bool ShowsLegalPerson(LegalPerson? person) => person is { Independent: not null } && Identification.IsIdentified(person);
}

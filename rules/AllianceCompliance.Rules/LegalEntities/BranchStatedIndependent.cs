using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>
/// A member whose registered name shows a branch (分公司, 分行, 办事处, "Branch") is not a legal
/// person, whatever the summary says of its independence.
/// </summary>
internal sealed class BranchStatedIndependent : ComplianceRule
{
    private static readonly string[] ChineseMarks = ["分公司", "分行", "办事处"];

    public static readonly RuleDescriptor Rule = new(
        "AC116", ConditionId.LegalEntities, Severity.Error, Cite.Join(Cite.Art8Item1, Cite.CompanyLawBranch),
        new("Branch listed as an independent legal entity", "分支机构被列为独立法人"),
        new("Member {0} is registered as '{1}', the name of a branch, which is not a legal person; it is not shown to be an independent legal entity.",
            "成员{0}的登记名称为“{1}”，属于分支机构名称；分支机构不具有法人资格，不能作为独立法人成员。"),
        new("Make the company or bank the branch belongs to the member, signing through its own legal representative (the branch may act under its power of attorney); or correct the name if it was recorded wrongly.",
            "改由该分支机构所属的公司或银行作为成员，由其法定代表人签署（分支机构可凭其授权办理）；如名称记录有误，请更正。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = Why.Error(
            Why.Art8Members,
            "a branch is not a legal person (Company Law Art. 13: 分公司不具有法人资格; Civil Code Art. 74), so a member registered under a branch's name is not an independent legal entity even where the summary says 'independent: true'.",
            "分支机构不具有法人资格（公司法第十三条：分公司不具有法人资格；民法典第七十四条），以分支机构名称登记的成员即使摘要写明 independent: true，也不是独立法人。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        string branchName = null!;
        When()
            .Match(() => member, m => m.LegalPerson == null || m.LegalPerson.Independent != false, m => BranchName(m) != null)
            .Let(() => branchName, () => BranchName(member)!);
        Then().Yield(_ => Rule.At(member.At(branchName == member.LocalName ? "localName" : "name"), null, Names.IdOf(member), branchName));
    }

    /// <summary>The member's name that shows a branch, the Chinese one first; null when neither does.</summary>
    private static string? BranchName(Member member) =>
        IsBranch(member.LocalName) ? member.LocalName : IsBranch(member.Name) ? member.Name : null;

    private static bool IsBranch(string? name) =>
        name is not null
        && (ChineseMarks.Any(mark => name.TrimEnd().EndsWith(mark, StringComparison.Ordinal))
            || name.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Contains("Branch", StringComparer.Ordinal));
}

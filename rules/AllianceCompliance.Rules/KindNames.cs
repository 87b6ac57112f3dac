using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>How messages name a kind of member.</summary>
internal static class KindNames
{
    public static LocalizedText Of(MemberKind kind) => kind switch
    {
        MemberKind.Enterprise => new("an enterprise", "企业"),
        MemberKind.University => new("a university", "高校"),
        MemberKind.ResearchInstitute => new("a research institute", "科研机构"),
        _ => new("another organisation", "其他组织"),
    };
}

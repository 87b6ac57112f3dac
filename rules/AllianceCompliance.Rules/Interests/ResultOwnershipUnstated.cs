using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>Who owns the results and IP of the alliance's R&amp;D projects is agreed in advance.</summary>
internal sealed class ResultOwnershipUnstated : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC503", ConditionId.Interests, Severity.Error, Cite.Art8Item5,
        new("Ownership of results not agreed", "未约定成果权利归属"),
        new("The agreement does not settle in advance who owns the results and IP of the alliance's R&D projects.",
            "协议未事先约定联盟研发项目所产生成果和知识产权的权利归属。"),
        new("State in 'intellectualProperty.ownership' who owns results made by one member and by several together.",
            "在 intellectualProperty.ownership 中写明单个成员完成和多方共同完成的成果分别归谁所有。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Interests,
            "ownership of results is one of the three terms to be defined in advance.",
            "成果权利归属是须事先约定的三项之一。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        IntellectualProperty ip = null!;
        When().Match(() => ip, p => string.IsNullOrWhiteSpace(p.Ownership));
        Then().Yield(_ => Rule.At(ip.At("ownership"), ip.Clause));
    }
}

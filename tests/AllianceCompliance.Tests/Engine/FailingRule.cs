using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Tests.Engine;

/// <summary>A rule with a defect: its condition throws for a member named "boom".</summary>
internal sealed class FailingRule : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC999", ConditionId.LegalEntities, Severity.Error, new("test", "test"), new("t", "t"), new("{0}", "{0}"), new("r", "r"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        When().Match(() => member, m => Fires(m.Name));
        Then().Yield(_ => Rule.At(member.Location, null, member.Id));
    }

    private static bool Fires(string? name) => name == "boom" ? throw new InvalidOperationException("defect") : name == "fire";
}

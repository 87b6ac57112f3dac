using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Tests.Engine;

/// <summary>A rule for these tests only: a member without a signature.</summary>
internal sealed class UnsignedMember : ComplianceRule
{
    private static readonly RuleDescriptor Rule = new(
        "TEST1", ConditionId.Agreement, Severity.Error, new("test", "test"), new("t", "t"), new("Member {0} has not signed.", "{0}"), new("f", "f"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        Member member = null!;
        SignaturePage page = null!;
        When()
            .Match(() => member)
            .Match(() => page, p => !p.HasSigned(member.Id));
        Then().Yield(_ => Rule.At(member.Location, null, member.Id));
    }
}

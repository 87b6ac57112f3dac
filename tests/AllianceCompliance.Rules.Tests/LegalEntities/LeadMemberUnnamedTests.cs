using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LeadMemberUnnamedTests
{
    [Test]
    public void Evaluate_NoLeadMember_Warns() => Some.WithAlliance(a => a with { LeadMembers = [] }).ShouldFire("AC113");

    [Test]
    public void Evaluate_LeadMemberNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC113");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LeadMemberNotEnterpriseTests
{
    [Test]
    public void Evaluate_UniversityLeads_Fires() =>
        Some.WithAlliance(a => a with { LeadMember = "university" }).ShouldFire("AC112")[0].Location.Path.ShouldBe("$.alliance.leadMember");

    [Test]
    public void Evaluate_EnterpriseLeads_DoesNotFire() => Some.Agreement().ShouldNotFire("AC112");
}

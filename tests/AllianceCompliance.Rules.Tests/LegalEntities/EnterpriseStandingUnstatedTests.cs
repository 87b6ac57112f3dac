using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class EnterpriseStandingUnstatedTests
{
    [Test]
    public void Evaluate_EnterpriseWithoutStanding_Warns() =>
        Some.WithMember("lighthouse", m => m with { Standing = " " }).ShouldFire("AC110")[0].Severity.ShouldBe(Findings.Severity.Warning);

    [Test]
    public void Evaluate_UniversityWithoutStanding_DoesNotFire() => Some.Agreement().ShouldNotFire("AC110");
}

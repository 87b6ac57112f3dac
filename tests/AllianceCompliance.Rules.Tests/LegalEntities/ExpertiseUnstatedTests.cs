using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class ExpertiseUnstatedTests
{
    [Test]
    public void Evaluate_UniversityWithoutExpertise_Warns() =>
        Some.WithMember("university", m => m with { Expertise = null }).ShouldFire("AC111")[0].Message.Chinese.ShouldStartWith("高校");

    [Test]
    public void Evaluate_EnterpriseWithoutExpertise_DoesNotFire() => Some.Agreement().ShouldNotFire("AC111");
}

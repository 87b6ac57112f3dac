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

    [TestCase("暂无")]
    [TestCase("無")]
    [TestCase("TBD")]
    public void Evaluate_ExpertiseThatSaysNothing_WarnsAsIfAbsent(string expertise) =>
        Some.WithMember("university", m => m with { Expertise = expertise }).ShouldFire("AC111")[0].Location.Path.ShouldBe("$.members[1].expertise");
}

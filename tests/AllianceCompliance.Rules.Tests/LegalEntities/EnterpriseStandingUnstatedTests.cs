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

    [TestCase("无")]
    [TestCase("暂无")]
    [TestCase("N/A")]
    [TestCase("none")]
    public void Evaluate_StandingThatSaysNothing_WarnsAsIfAbsent(string standing) =>
        Some.WithMember("lighthouse", m => m with { Standing = standing }).ShouldFire("AC110")[0].Location.Path.ShouldBe("$.members[0].standing");

    [Test]
    public void Evaluate_StandingWithAWordHoldingNo_DoesNotFire() =>
        Some.WithMember("lighthouse", m => m with { Standing = "无缝钢管国内市场占有率第一" }).ShouldNotFire("AC110");
}

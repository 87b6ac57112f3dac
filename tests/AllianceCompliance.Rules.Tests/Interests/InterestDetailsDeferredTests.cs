using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class InterestDetailsDeferredTests
{
    [Test]
    public void Evaluate_PrincipleAgreedDetailsInProjectContracts_WarnsQuotingTheDeferral()
    {
        var document = Some.WithIntellectualProperty(p => p! with { RevenueSharing = p.RevenueSharing! with { Text = "收益按投入比例分配，具体比例在项目合同中约定", Shares = [] } });

        var finding = document.ShouldFire("AC541")[0];

        finding.Severity.ShouldBe(Findings.Severity.Warning);
        finding.Message.Chinese.ShouldContain("“具体比例在项目合同中约定”");
        document.ShouldNotFire("AC540");
    }

    [Test]
    public void Evaluate_OnlyAReferenceToProjectContracts_IsAnError()
    {
        var document = Some.WithIntellectualProperty(p => p! with { RevenueSharing = p.RevenueSharing! with { Text = "收益分配在项目合同中约定", Shares = [] } });

        document.ShouldFire("AC540");
        document.ShouldNotFire("AC541");
    }
}

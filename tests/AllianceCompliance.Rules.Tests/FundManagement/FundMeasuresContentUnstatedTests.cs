using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundMeasuresContentUnstatedTests
{
    [Test]
    public void Evaluate_MeasuresWithoutCovers_WarnsNamingTheDocument()
    {
        var document = Some.WithFunds(f => f! with { ManagementMeasures = f.ManagementMeasures! with { Covers = [] } });

        var finding = document.ShouldFire("AC404")[0];

        finding.Message.English.ShouldStartWith("The fund management measures ('Alliance Fund Management Measures') do not say what they cover");
        finding.Location.Path.ShouldBe("$.funds.managementMeasures.covers");
        document.ShouldNotFire("AC403");
    }

    [Test]
    public void Evaluate_MeasuresListingTheirTopics_DoesNotFire() => Some.Agreement().ShouldNotFire("AC404");
}

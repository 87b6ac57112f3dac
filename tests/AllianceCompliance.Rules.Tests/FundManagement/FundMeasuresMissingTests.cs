using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundMeasuresMissingTests
{
    [Test]
    public void Evaluate_NoManagementMeasures_FiresQuotingTheFundsClause()
    {
        var finding = Some.WithFunds(f => f! with { Clause = "Art. 19", ManagementMeasures = null }).ShouldFire("AC402")[0];

        finding.Location.Path.ShouldBe("$.funds.managementMeasures");
        finding.Clause.ShouldBe("Art. 19");
    }

    [Test]
    public void Evaluate_ManagementMeasures_DoesNotFire() => Some.Agreement().ShouldNotFire("AC402");
}

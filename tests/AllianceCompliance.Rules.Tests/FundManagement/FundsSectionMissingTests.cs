using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundsSectionMissingTests
{
    [Test]
    public void Evaluate_NoFundsSection_FiresAtTheMissingSection() =>
        Some.WithFunds(_ => null).ShouldFire("AC401")[0].Location.Path.ShouldBe("$.funds");

    [Test]
    public void Evaluate_NoFundsSection_ReportsNoFurtherFundFindings() =>
        Some.WithFunds(_ => null).Findings().Where(f => f.Condition == "8.4").Select(f => f.RuleId).ShouldBe(["AC401"]);

    [Test]
    public void Evaluate_FundsSection_DoesNotFire() => Some.Agreement().ShouldNotFire("AC401");
}

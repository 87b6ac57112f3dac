using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundOversightMissingTests
{
    [Test]
    public void Evaluate_NoOversight_FiresAtTheMissingKey() =>
        Some.WithFunds(f => f! with { Oversight = null }).ShouldFire("AC405")[0].Location.Path.ShouldBe("$.funds.oversight");

    [Test]
    public void Evaluate_OversightWithoutMechanism_FiresQuotingItsClause()
    {
        var finding = Some.WithFunds(f => f! with { Oversight = f.Oversight! with { Mechanism = " " } }).ShouldFire("AC405")[0];

        finding.Location.Path.ShouldBe("$.funds.oversight.mechanism");
        finding.Clause.ShouldBe("Art. 21");
    }

    [Test]
    public void Evaluate_OversightMechanismStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC405");
}

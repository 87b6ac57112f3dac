using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundSourcesUnstatedTests
{
    [Test]
    public void Evaluate_NoSources_Warns() =>
        Some.WithFunds(f => f! with { Sources = [] }).ShouldFire("AC408")[0].Location.Path.ShouldBe("$.funds.sources");

    [Test]
    public void Evaluate_SourcesListed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC408");
}

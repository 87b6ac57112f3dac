using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class OpennessSectionMissingTests
{
    [Test]
    public void Evaluate_NoOpennessSection_FiresAtTheMissingSection() =>
        Some.WithOpenness(_ => null).ShouldFire("AC601")[0].Location.Path.ShouldBe("$.openness");

    [Test]
    public void Evaluate_OpennessSection_DoesNotFire() => Some.Agreement().ShouldNotFire("AC601");
}

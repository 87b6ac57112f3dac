using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class InterestsSectionMissingTests
{
    [Test]
    public void Evaluate_NoIntellectualPropertySection_FiresAtTheMissingSection() =>
        Some.WithIntellectualProperty(_ => null).ShouldFire("AC501")[0].Location.Path.ShouldBe("$.intellectualProperty");

    [Test]
    public void Evaluate_IntellectualPropertySection_DoesNotFire() => Some.Agreement().ShouldNotFire("AC501");
}

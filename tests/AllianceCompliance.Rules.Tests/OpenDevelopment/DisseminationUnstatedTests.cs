using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class DisseminationUnstatedTests
{
    [Test]
    public void Evaluate_NoDissemination_FiresAtTheMissingKey() =>
        Some.WithOpenness(o => o! with { Dissemination = null }).ShouldFire("AC604")[0].Location.Path.ShouldBe("$.openness.dissemination");

    [Test]
    public void Evaluate_BlankDissemination_Fires() =>
        Some.WithOpenness(o => o! with { Dissemination = o.Dissemination! with { Text = "  " } }).ShouldFire("AC604");

    [Test]
    public void Evaluate_DisseminationStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC604");
}

using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class ApplicationBeforeEffectTests
{
    [Test]
    public void Evaluate_AppliedBeforeEffect_FiresWithBothDates()
    {
        var finding = Some.WithApplication(a => a! with { Submitted = new DateOnly(2012, 8, 1) }).ShouldFire("AC804")[0];

        finding.Message.English.ShouldBe("The pilot application is dated 2012-08-01, before the agreement took effect on 2012-08-29.");
        finding.Location.Path.ShouldBe("$.application.submitted");
    }

    [Test]
    public void Evaluate_AppliedOnTheDayOfEffect_DoesNotFire() =>
        Some.WithApplication(a => a! with { Submitted = new DateOnly(2012, 8, 29) }).ShouldNotFire("AC804");
}

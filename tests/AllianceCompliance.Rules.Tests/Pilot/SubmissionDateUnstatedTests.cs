using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class SubmissionDateUnstatedTests
{
    [Test]
    public void Evaluate_NoSubmissionDate_Warns() =>
        Some.WithApplication(a => a! with { Submitted = null }).ShouldFire("AC805")[0].Location.Path.ShouldBe("$.application.submitted");

    [Test]
    public void Evaluate_SubmissionDateStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC805");
}

using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class AdmissionUnstatedTests
{
    [Test]
    public void Evaluate_NoAdmission_FiresAtTheMissingKeyQuotingTheSectionClause()
    {
        var finding = Some.WithOpenness(o => o! with { Clause = "Art. 11", Admission = null }).ShouldFire("AC602")[0];

        finding.Location.Path.ShouldBe("$.openness.admission");
        finding.Clause.ShouldBe("Art. 11");
    }

    [Test]
    public void Evaluate_AdmissionClauseWithoutText_FiresQuotingItsClause()
    {
        var finding = Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "" } }).ShouldFire("AC602")[0];

        finding.Location.Path.ShouldBe("$.openness.admission.text");
        finding.Clause.ShouldBe("Art. 12");
    }

    [Test]
    public void Evaluate_AdmissionStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC602");
}

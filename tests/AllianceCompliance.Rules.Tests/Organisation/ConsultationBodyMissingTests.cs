using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ConsultationBodyMissingTests
{
    [Test]
    public void Evaluate_NoConsultationBody_FiresAtBodiesQuotingTheClause()
    {
        var finding = Some.WithGovernance(g => g! with { Bodies = [.. g.Bodies.Where(b => b.Id != "experts")] }).ShouldFire("AC303")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies");
        finding.Clause.ShouldBe("Art. 5");
    }

    [Test]
    public void Evaluate_ConsultationBodyGivenAnotherRole_Fires() =>
        Some.WithGovernance(g => g!.WithBody("experts", b => b with { Role = BodyRole.Supervision })).ShouldFire("AC303");

    [Test]
    public void Evaluate_ConsultationBodyPresent_DoesNotFire() => Some.Agreement().ShouldNotFire("AC303");
}

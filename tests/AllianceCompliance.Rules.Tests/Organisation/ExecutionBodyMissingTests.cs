using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExecutionBodyMissingTests
{
    [Test]
    public void Evaluate_NoExecutionBody_FiresAtBodiesQuotingTheClause()
    {
        var finding = Some.WithGovernance(g => g! with { Bodies = [.. g.Bodies.Where(b => b.Id != "secretariat")] }).ShouldFire("AC304")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies");
        finding.Clause.ShouldBe("Art. 5");
    }

    [Test]
    public void Evaluate_ExecutionBodyGivenAnotherRole_Fires() =>
        Some.WithGovernance(g => g!.WithBody("secretariat", b => b with { Role = BodyRole.Supervision })).ShouldFire("AC304");

    [Test]
    public void Evaluate_ExecutionBodyPresent_DoesNotFire() => Some.Agreement().ShouldNotFire("AC304");
}

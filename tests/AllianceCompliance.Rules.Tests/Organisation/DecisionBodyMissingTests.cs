using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class DecisionBodyMissingTests
{
    [Test]
    public void Evaluate_NoDecisionBody_FiresAtBodiesQuotingTheClause()
    {
        var finding = Some.WithGovernance(g => g! with { Bodies = [.. g.Bodies.Where(b => b.Id != "council")] }).ShouldFire("AC302")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies");
        finding.Clause.ShouldBe("Art. 5");
    }

    [Test]
    public void Evaluate_DecisionBodyGivenAnotherRole_Fires() =>
        Some.WithGovernance(g => g!.WithBody("council", b => b with { Role = BodyRole.Supervision })).ShouldFire("AC302");

    [Test]
    public void Evaluate_DecisionBodyPresent_DoesNotFire() => Some.Agreement().ShouldNotFire("AC302");
}

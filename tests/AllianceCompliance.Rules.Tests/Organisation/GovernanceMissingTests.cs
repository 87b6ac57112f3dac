using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class GovernanceMissingTests
{
    [Test]
    public void Evaluate_NoGovernance_FiresOnceAtGovernance()
    {
        var document = Some.WithGovernance(_ => null);

        document.ShouldFire("AC301")[0].Location.Path.ShouldBe("$.governance");
        document.ShouldNotFire("AC302");
    }

    [Test]
    public void Evaluate_GovernanceGiven_DoesNotFire() => Some.Agreement().ShouldNotFire("AC301");
}

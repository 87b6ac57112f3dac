using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoalUnstatedTests
{
    [Test]
    public void Evaluate_GoalWithoutStatement_FiresAtTheGoal()
    {
        var finding = Some.WithAgreement(a => a.WithGoal("G1", g => g with { Statement = null })).ShouldFire("AC204")[0];

        finding.Location.Path.ShouldBe("$.agreement.goals[0].statement");
        finding.Message.English.ShouldContain("Goal 'G1'");
    }

    [Test]
    public void Evaluate_GoalWithStatement_DoesNotFire() => Some.Agreement().ShouldNotFire("AC204");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoalUnmeasuredTests
{
    [Test]
    public void Evaluate_GoalWithoutMeasure_FiresAtTheGoal()
    {
        var finding = Some.WithAgreement(a => a.WithGoal("G1", g => g with { Measure = " " })).ShouldFire("AC202")[0];

        finding.Location.Path.ShouldBe("$.agreement.goals[0].measure");
        finding.Message.English.ShouldContain("Goal 'G1'");
        finding.Clause.ShouldBe("Preamble");
    }

    [Test]
    public void Evaluate_GoalWithMeasure_DoesNotFire() => Some.Agreement().ShouldNotFire("AC202");
}

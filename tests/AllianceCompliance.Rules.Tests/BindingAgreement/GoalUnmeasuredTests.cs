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

    [Test]
    public void Evaluate_QuantifiedGoalWithoutSeparateMeasure_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a.WithGoal("G1", g => g with { Statement = "Cut VOC emissions of heavy-duty coatings by 50 percent", Measure = null }));

        document.ShouldWarn("AC202");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

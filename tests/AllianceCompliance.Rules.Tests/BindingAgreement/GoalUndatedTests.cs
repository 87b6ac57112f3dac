using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoalUndatedTests
{
    [Test]
    public void Evaluate_GoalWithoutDueDate_FiresAtTheGoal()
    {
        var finding = Some.WithAgreement(a => a.WithGoal("G1", g => g with { Due = null })).ShouldFire("AC203")[0];

        finding.Location.Path.ShouldBe("$.agreement.goals[0].due");
        finding.Message.English.ShouldContain("Goal 'G1'");
    }

    [Test]
    public void Evaluate_GoalWithDueDate_DoesNotFire() => Some.Agreement().ShouldNotFire("AC203");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a.WithGoal("G1", g => g with { Due = null }));

        document.ShouldWarn("AC203");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

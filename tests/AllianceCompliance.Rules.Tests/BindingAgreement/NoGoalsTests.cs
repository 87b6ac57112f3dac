using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class NoGoalsTests
{
    [Test]
    public void Evaluate_NoGoals_FiresAtGoals() =>
        Some.WithAgreement(a => a with { Goals = [], Tasks = [] }).ShouldFire("AC201")[0].Location.Path.ShouldBe("$.agreement.goals");

    [Test]
    public void Evaluate_OneGoal_DoesNotFire() => Some.Agreement().ShouldNotFire("AC201");
}

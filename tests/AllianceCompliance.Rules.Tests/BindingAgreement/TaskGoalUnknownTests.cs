using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class TaskGoalUnknownTests
{
    [Test]
    public void Evaluate_TaskNamesUndefinedGoal_FiresAtItsGoal()
    {
        var finding = Some.WithAgreement(a => a with { Tasks = [a.Tasks[0], a.Tasks[1] with { Goal = "G9" }] }).ShouldFire("AC206")[0];

        finding.Location.Path.ShouldBe("$.agreement.tasks[1].goal");
        finding.Message.English.ShouldBe("A task of member Example University ('university') names goal 'G9', which the agreement does not define.");
        finding.Message.Chinese.ShouldContain("目标“G9”");
    }

    [Test]
    public void Evaluate_TaskNamesNoGoal_SuchAsOrganisingForums_DoesNotFire() =>
        Some.WithAgreement(a => a with { Tasks = [.. a.Tasks, a.Tasks[1] with { Index = 2, Goal = null, Work = "Organise the annual forum" }] })
            .ShouldNotFire("AC206");

    [Test]
    public void Evaluate_UndefinedGoal_IsAWarning() =>
        Some.WithAgreement(a => a with { Tasks = [a.Tasks[0], a.Tasks[1] with { Goal = "G9" }] })
            .ShouldFire("AC206")[0].Severity.ShouldBe(Findings.Severity.Warning);

    [Test]
    public void Evaluate_TasksNameDefinedGoals_DoesNotFire() => Some.Agreement().ShouldNotFire("AC206");
}

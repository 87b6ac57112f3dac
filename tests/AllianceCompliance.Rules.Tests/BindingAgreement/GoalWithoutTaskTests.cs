using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoalWithoutTaskTests
{
    [Test]
    public void Evaluate_GoalNoTaskServes_WarnsNamingIt()
    {
        var document = Some.WithAgreement(a => a with { Goals = a.Goals.Add(a.Goals[0] with { Index = 1, Id = "G2" }) });

        var finding = document.ShouldFire("AC207")[0];

        finding.Severity.ShouldBe(AllianceCompliance.Findings.Severity.Warning);
        finding.Message.English.ShouldContain("goal 'G2'");
    }

    [Test]
    public void Evaluate_SecondGoalWithATask_DoesNotFire() =>
        Some.WithAgreement(a => a with
        {
            Goals = a.Goals.Add(a.Goals[0] with { Index = 1, Id = "G2" }),
            Tasks = [a.Tasks[0], a.Tasks[1] with { Goal = "G2" }],
        }).ShouldNotFire("AC207");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoalDueOutsideTermTests
{
    private static AgreementDocument Due(DateOnly date) =>
        Some.WithAgreement(a => a.WithGoal("G1", g => g with { Due = date }));

    [Test]
    public void Evaluate_DueAfterTermEnds_WarnsAtDue()
    {
        var finding = Due(new DateOnly(2018, 1, 1)).ShouldFire("AC220")[0];

        finding.Location.Path.ShouldBe("$.agreement.goals[0].due");
        finding.Message.English.ShouldBe("Goal 'G1' falls due on 2018-01-01, outside the agreement's term (2012-08-29 to 2017-08-28).");
    }

    [Test]
    public void Evaluate_DueBeforeTermStarts_Warns() => Due(new DateOnly(2012, 1, 1)).ShouldFire("AC220");

    [Test]
    public void Evaluate_DueOnTheTermsLastDay_DoesNotFire() => Due(new DateOnly(2017, 8, 28)).ShouldNotFire("AC220");
}

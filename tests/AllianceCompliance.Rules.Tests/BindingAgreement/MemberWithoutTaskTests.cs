using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class MemberWithoutTaskTests
{
    [Test]
    public void Evaluate_MemberWithoutTask_FiresAtTheMember()
    {
        var finding = Some.WithAgreement(a => a with { Tasks = [.. a.Tasks.Where(t => t.Member != "university")] }).ShouldFire("AC205")[0];

        finding.Location.Path.ShouldBe("$.members[1]");
        finding.Message.English.ShouldContain("Member Example University ('university')");
    }

    [Test]
    public void Evaluate_TwoTasksForOneMemberNoneForTheOther_FiresOnce() =>
        Some.WithAgreement(a => a with { Tasks = [a.Tasks[0], a.Tasks[0] with { Index = 1, Work = "Field trials" }] }).ShouldFire("AC205");

    [Test]
    public void Evaluate_EveryMemberHasATask_DoesNotFire() => Some.Agreement().ShouldNotFire("AC205");
}

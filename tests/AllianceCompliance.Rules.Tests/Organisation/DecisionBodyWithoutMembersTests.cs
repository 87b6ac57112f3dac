using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class DecisionBodyWithoutMembersTests
{
    [Test]
    public void Evaluate_CouncilListsNoMembers_WarnsAtMembers()
    {
        var finding = Some.WithGovernance(g => g!.WithBody("council", b => b with { Members = [] })).ShouldFire("AC305")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies[0].members");
        finding.Message.English.ShouldContain("Decision body Council ('council')");
    }

    [Test]
    public void Evaluate_CouncilListsMembersExpertsDoNot_DoesNotFire() => Some.Agreement().ShouldNotFire("AC305");
}

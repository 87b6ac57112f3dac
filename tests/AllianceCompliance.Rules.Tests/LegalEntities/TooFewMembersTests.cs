using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class TooFewMembersTests
{
    [Test]
    public void Evaluate_OneMember_Fires() =>
        Some.WithMembers(m => [m[0]]).ShouldFire("AC101")[0].Message.English.ShouldContain("1 member");

    [Test]
    public void Evaluate_TwoMembers_DoesNotFire() => Some.Agreement().ShouldNotFire("AC101");
}

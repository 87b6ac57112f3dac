using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class MemberUnnamedTests
{
    [Test]
    public void Evaluate_EmptyName_WarnsAtTheName() =>
        Some.WithMember("university", m => m with { Name = " " }).ShouldFire("AC030")[0].Location.Path.ShouldBe("$.members[1].name");

    [Test]
    public void Evaluate_MembersNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC030");
}

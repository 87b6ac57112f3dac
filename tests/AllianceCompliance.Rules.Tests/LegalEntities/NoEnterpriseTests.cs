using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class NoEnterpriseTests
{
    [Test]
    public void Evaluate_OnlyUniversities_Fires() =>
        Some.WithMember("lighthouse", m => m with { Kind = MemberKind.University }).ShouldFire("AC102");

    [Test]
    public void Evaluate_OneEnterprise_DoesNotFire() => Some.Agreement().ShouldNotFire("AC102");
}

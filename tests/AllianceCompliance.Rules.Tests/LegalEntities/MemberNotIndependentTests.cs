using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class MemberNotIndependentTests
{
    [Test]
    public void Evaluate_BranchOffice_FiresAtItsIndependentKey()
    {
        var finding = Some.WithMember("university", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldFire("AC104")[0];

        finding.Location.Path.ShouldBe("$.members[1].legalPerson.independent");
        finding.Message.English.ShouldContain("Example University ('university')");
    }

    [Test]
    public void Evaluate_IndependentMembers_DoesNotFire() => Some.Agreement().ShouldNotFire("AC104");
}

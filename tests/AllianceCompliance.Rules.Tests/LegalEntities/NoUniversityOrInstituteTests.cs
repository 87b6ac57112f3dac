using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class NoUniversityOrInstituteTests
{
    [Test]
    public void Evaluate_OnlyEnterprises_Fires() =>
        Some.WithMember("university", m => m with { Kind = MemberKind.Enterprise }).ShouldFire("AC103");

    [Test]
    public void Evaluate_ResearchInstituteInsteadOfUniversity_DoesNotFire() =>
        Some.WithMember("university", m => m with { Kind = MemberKind.ResearchInstitute }).ShouldNotFire("AC103");
}

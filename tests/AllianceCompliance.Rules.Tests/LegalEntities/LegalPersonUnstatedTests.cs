using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LegalPersonUnstatedTests
{
    [Test]
    public void Evaluate_NoLegalPersonSection_Fires() =>
        Some.WithMember("university", m => m with { LegalPerson = null }).ShouldFire("AC105")[0].Location.Path.ShouldBe("$.members[1].legalPerson");

    [Test]
    public void Evaluate_NoCreditCode_Fires() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null })).ShouldFire("AC105");

    [Test]
    public void Evaluate_FullLegalPerson_DoesNotFire() => Some.Agreement().ShouldNotFire("AC105");
}

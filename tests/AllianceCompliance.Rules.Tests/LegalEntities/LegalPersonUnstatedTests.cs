using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LegalPersonUnstatedTests
{
    [Test]
    public void Evaluate_NoLegalPersonSection_Fires() =>
        Some.WithMember("university", m => m with { LegalPerson = null }).ShouldFire("AC105")[0].Location.Path.ShouldBe("$.members[1].legalPerson");

    [Test]
    public void Evaluate_NoCreditCode_WarnsAsAGapInRecording() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null })).ShouldWarn("AC105");

    [Test]
    public void Evaluate_ForeignMemberWithItsOwnRegistration_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null, Registration = new ForeignRegistration("Germany", "HRB 12345") }))
            .ShouldNotFire("AC105");

    [Test]
    public void Evaluate_ForeignRegistrationWithoutNumber_Warns() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null, Registration = new ForeignRegistration("Germany", null) }))
            .ShouldWarn("AC105").Message.English.ShouldContain("unified social credit code or foreign registration");

    [Test]
    public void Evaluate_FullLegalPerson_DoesNotFire() => Some.Agreement().ShouldNotFire("AC105");
}

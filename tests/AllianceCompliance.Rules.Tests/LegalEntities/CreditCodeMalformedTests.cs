using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class CreditCodeMalformedTests
{
    [TestCase("91440300192203821")]
    [TestCase("9144030019220382I6")]
    [TestCase("91A40300192203821X")]
    public void Evaluate_MalformedCode_Fires(string code) =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = code })).ShouldFire("AC106");

    [Test]
    public void Evaluate_WellFormedCode_DoesNotFire() => Some.Agreement().ShouldNotFire("AC106");

    [Test]
    public void Evaluate_ForeignRegistrationNumberInItsOwnField_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null, Registration = new ForeignRegistration("Germany", "HRB 12345") }))
            .ShouldNotFire("AC106");

    [Test]
    public void Evaluate_MalformedCode_IsAWarning() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = "HRB 12345" })).ShouldWarn("AC106");
}

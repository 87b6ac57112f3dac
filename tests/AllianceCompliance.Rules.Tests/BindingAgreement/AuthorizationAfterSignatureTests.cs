using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AuthorizationAfterSignatureTests
{
    private static AgreementDocument GrantedOn(DateOnly date) =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { Date = date } }));

    [Test]
    public void Evaluate_GrantedAfterSigning_FiresWithBothDates()
    {
        var finding = GrantedOn(new DateOnly(2012, 9, 1)).ShouldFire("AC212")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].authorization.date");
        finding.Message.English.ShouldContain("on 2012-08-29, before the power of attorney was granted on 2012-09-01");
    }

    [Test]
    public void Evaluate_GrantedOnTheDayOfSigning_DoesNotFire() => GrantedOn(new DateOnly(2012, 8, 29)).ShouldNotFire("AC212");
}

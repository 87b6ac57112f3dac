using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AuthorizationNotFromRepresentativeTests
{
    [Test]
    public void Evaluate_GrantedByAnotherPerson_FiresAtGrantedBy()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = "Wang Wu" } }))
            .ShouldFire("AC211")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].authorization.grantedBy");
        finding.Message.English.ShouldContain("was granted by 'Wang Wu', not by its registered legal representative 'Li Si'");
    }

    [Test]
    public void Evaluate_GrantorNotNamed_Fires() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = null } }))
            .ShouldFire("AC211")[0].Message.English.ShouldContain("granted by no one named");

    [Test]
    public void Evaluate_GrantedByTheRepresentative_DoesNotFire() => Some.Agreement().ShouldNotFire("AC211");
}

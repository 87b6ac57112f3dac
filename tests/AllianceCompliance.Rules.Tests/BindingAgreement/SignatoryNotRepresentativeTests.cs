using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class SignatoryNotRepresentativeTests
{
    [Test]
    public void Evaluate_LegalRepresentativeCapacityButOtherPerson_FiresAtSignatory()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = "Zhao Liu" })).ShouldFire("AC209")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].signatory");
        finding.Message.English.ShouldContain("'Zhao Liu' signed for member 'lighthouse'");
        finding.Message.English.ShouldContain("is 'Zhang San'");
    }

    [Test]
    public void Evaluate_SameNameDifferentSpacingAndCase_DoesNotFire() =>
        Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = "zhang  san" })).ShouldNotFire("AC209");

    [Test]
    public void Evaluate_OtherPersonSigningAsAgent_DoesNotFire() => Some.Agreement().ShouldNotFire("AC209");
}

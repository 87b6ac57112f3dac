using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AuthorizationMissingTests
{
    [Test]
    public void Evaluate_AgentWithoutPowerOfAttorney_FiresAtAuthorization()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = null })).ShouldFire("AC210")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].authorization");
        finding.Message.English.ShouldContain("'Wang Wu' signed for member Example University ('university')");
    }

    [Test]
    public void Evaluate_LegalRepresentativeWithoutPowerOfAttorney_DoesNotFire() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Signatory = "Li Si", Capacity = SignatoryCapacity.LegalRepresentative, Authorization = null }))
            .ShouldNotFire("AC210");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = null }));

        document.ShouldWarn("AC210");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

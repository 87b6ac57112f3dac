using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class SignatureNotSealedTests
{
    [Test]
    public void Evaluate_NotSealed_FiresAtSealed()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Sealed = false })).ShouldFire("AC214")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].sealed");
        finding.Message.English.ShouldBe("The signature for member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse') bears no seal of the member.");
        finding.Severity.ShouldBe(Findings.Severity.Warning);
        finding.Rule.Basis.ShouldBe(Findings.RuleBasis.Recording);
    }

    [Test]
    public void Evaluate_SealNotRecorded_Fires() =>
        Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Sealed = null }))
            .ShouldWarn("AC214").Message.English.ShouldContain("does not record the member's seal");

    [Test]
    public void Evaluate_Sealed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC214");

    [Test]
    public void Evaluate_ForeignMemberWithoutASeal_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { CreditCode = null, Registration = new ForeignRegistration("Germany", "VR 230987") }))
            .WithSignature("university", s => s with { Sealed = null })
            .ShouldNotFire("AC214");
}

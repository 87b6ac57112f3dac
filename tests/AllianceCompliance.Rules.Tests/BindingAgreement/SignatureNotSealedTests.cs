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
    }

    [Test]
    public void Evaluate_SealNotRecorded_Fires() =>
        Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Sealed = null }))
            .ShouldFire("AC214")[0].Message.English.ShouldContain("does not record the member's seal");

    [Test]
    public void Evaluate_Sealed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC214");
}

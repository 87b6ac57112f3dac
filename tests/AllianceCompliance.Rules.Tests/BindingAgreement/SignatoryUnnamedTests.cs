using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class SignatoryUnnamedTests
{
    [Test]
    public void Evaluate_NoSignatory_FiresAtSignatory()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = null })).ShouldFire("AC215")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].signatory");
        finding.Message.English.ShouldContain("member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')");
    }

    [Test]
    public void Evaluate_SignatoryNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC215");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = null }));

        document.ShouldWarn("AC215");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

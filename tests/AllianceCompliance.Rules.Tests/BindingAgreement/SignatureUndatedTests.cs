using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class SignatureUndatedTests
{
    [Test]
    public void Evaluate_NoDate_WarnsAtDate()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = null })).ShouldFire("AC217")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].date");
        finding.Message.English.ShouldContain("member Example University ('university')");
    }

    [Test]
    public void Evaluate_Dated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC217");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class CapacityUnstatedTests
{
    [Test]
    public void Evaluate_NoCapacity_FiresAtCapacity()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Capacity = null })).ShouldFire("AC216")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].capacity");
        finding.Message.English.ShouldContain("member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse') does not say in what capacity 'Zhang San' signed");
    }

    [Test]
    public void Evaluate_CapacityStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC216");
}

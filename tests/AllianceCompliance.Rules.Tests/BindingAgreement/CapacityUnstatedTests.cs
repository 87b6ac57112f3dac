using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class CapacityUnstatedTests
{
    [Test]
    public void Evaluate_NoCapacityAndSignatoryIsNotTheRepresentative_WarnsAtCapacity()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Capacity = null })).ShouldFire("AC216")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].capacity");
        finding.Message.English.ShouldContain("member Example University ('university') does not say in what capacity 'Wang Wu' signed");
        finding.Severity.ShouldBe(Findings.Severity.Warning);
    }

    [Test]
    public void Evaluate_NoCapacityButSignatoryIsTheRegisteredRepresentative_DoesNotFire() =>
        Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Capacity = null })).ShouldNotFire("AC216");

    [Test]
    public void Evaluate_CapacityStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC216");
}

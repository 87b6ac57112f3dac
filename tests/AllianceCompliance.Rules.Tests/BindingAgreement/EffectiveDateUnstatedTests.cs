using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class EffectiveDateUnstatedTests
{
    [Test]
    public void Evaluate_NoEffectiveDate_WarnsAtEffectiveFrom() =>
        Some.WithAgreement(a => a with { EffectiveFrom = null }).ShouldFire("AC219")[0].Location.Path.ShouldBe("$.agreement.effectiveFrom");

    [Test]
    public void Evaluate_EffectiveDateStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC219");
}

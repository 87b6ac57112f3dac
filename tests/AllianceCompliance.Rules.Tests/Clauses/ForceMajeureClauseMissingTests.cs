using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class ForceMajeureClauseMissingTests
{
    [Test]
    public void Evaluate_ClauseMissing_WarnsAtItsKey() =>
        Some.WithAgreement(a => a with { ForceMajeure = null }).ShouldWarn("AC732").Location.Path.ShouldBe("$.agreement.forceMajeure");

    [Test]
    public void Evaluate_ClauseWithoutText_WarnsAtItsText() =>
        Some.WithAgreement(a => a with { ForceMajeure = a.ForceMajeure! with { Text = " " } }).ShouldWarn("AC732").Clause.ShouldNotBeNull();

    [Test]
    public void Evaluate_ClauseStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC732");
}

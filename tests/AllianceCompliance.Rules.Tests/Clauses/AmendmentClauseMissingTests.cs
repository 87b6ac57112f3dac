using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class AmendmentClauseMissingTests
{
    [Test]
    public void Evaluate_ClauseMissing_WarnsAtItsKey() =>
        Some.WithAgreement(a => a with { Amendment = null }).ShouldWarn("AC733").Location.Path.ShouldBe("$.agreement.amendment");

    [Test]
    public void Evaluate_ClauseWithoutText_WarnsAtItsText() =>
        Some.WithAgreement(a => a with { Amendment = a.Amendment! with { Text = " " } }).ShouldWarn("AC733").Clause.ShouldNotBeNull();

    [Test]
    public void Evaluate_ClauseStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC733");
}

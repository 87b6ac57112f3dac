using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class BreachLiabilityUnstatedTests
{
    [Test]
    public void Evaluate_NoBreachLiability_FiresAtTheMissingKey() =>
        Some.WithAgreement(a => a with { BreachLiability = null }).ShouldFire("AC509")[0].Location.Path.ShouldBe("$.agreement.breachLiability");

    [Test]
    public void Evaluate_BreachClauseWithoutText_FiresQuotingTheClause()
    {
        var finding = Some.WithAgreement(a => a with { BreachLiability = a.BreachLiability! with { Text = null } }).ShouldFire("AC509")[0];

        finding.Location.Path.ShouldBe("$.agreement.breachLiability.text");
        finding.Clause.ShouldBe("Art. 30");
    }

    [Test]
    public void Evaluate_BreachLiabilityStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC509");
}

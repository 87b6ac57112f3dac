using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class BreachLiabilityExcludedTests
{
    [Test]
    public void Evaluate_MembersWaiveLiability_IsAnErrorAtTheBreachClause()
    {
        var finding = Some.WithAgreement(a => a with { BreachLiability = a.BreachLiability! with { Text = "成员之间互不追究违约责任" } }).ShouldFire("AC550")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Clause.ShouldBe("Art. 30");
        finding.Message.English.ShouldBe("The text excludes liability for breach: '互不追究违约责任'.");
    }

    [TestCase("A member prevented by force majeure bears no liability for the delay; any other breach is compensated in full")]
    [TestCase("因不可抗力不能履行的，不承担违约责任；其他违约方赔偿守约方损失")]
    public void Evaluate_ForceMajeureExcuse_DoesNotFire(string text) =>
        Some.WithAgreement(a => a with { BreachLiability = a.BreachLiability! with { Text = text } }).ShouldNotFire("AC550");
}

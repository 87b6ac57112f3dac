using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundOversightRefusedTests
{
    [Test]
    public void Evaluate_OversightExcluded_IsAnErrorQuotingThePhrase()
    {
        var finding = Some.WithFunds(f => f! with { Oversight = f.Oversight! with { Mechanism = "联盟经费不设监督" } }).ShouldFire("AC450")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Message.Chinese.ShouldBe("条款排除了经费内部监督机制：“不设监督”。");
    }

    [TestCase("Spending under 5000 yuan is not audited separately; all else is audited yearly by an external auditor")]
    [TestCase("Annual audit reported to the council")]
    public void Evaluate_OversightInPlace_DoesNotFire(string mechanism) =>
        Some.WithFunds(f => f! with { Oversight = f.Oversight! with { Mechanism = mechanism } }).ShouldNotFire("AC450");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class WithdrawalClauseMissingTests
{
    [Test]
    public void Evaluate_NoWithdrawalClause_FiresAtWithdrawal()
    {
        var document = Some.WithAgreement(a => a with { Withdrawal = null });

        document.ShouldFire("AC703")[0].Location.Path.ShouldBe("$.agreement.withdrawal");
        document.ShouldNotFire("AC704");
    }

    [Test]
    public void Evaluate_WithdrawalClause_DoesNotFire() => Some.Agreement().ShouldNotFire("AC703");

    [Test]
    public void Evaluate_NoWithdrawalClause_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Withdrawal = null });

        document.ShouldWarn("AC703");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class WithdrawalFundedProjectsUnstatedTests
{
    private static AgreementDocument Silent() =>
        Some.WithAgreement(a => a with { Withdrawal = a.Withdrawal! with { FundedProjects = null } });

    [Test]
    public void Evaluate_GrantAndWithdrawalSilentOnProjects_Warns() =>
        Silent().ShouldWarn("AC730").Location.Path.ShouldBe("$.agreement.withdrawal.fundedProjects");

    [Test]
    public void Evaluate_NoGovernmentGrant_DoesNotFire() =>
        (Silent() with { Funds = Some.WithFunds(f => f! with { Sources = [.. f.Sources.Where(s => s.Kind != FundSourceKind.GovernmentGrant)] }).Funds }).ShouldNotFire("AC730");

    [Test]
    public void Evaluate_ProjectsProvidedFor_DoesNotFire() => Some.Agreement().ShouldNotFire("AC730");
}

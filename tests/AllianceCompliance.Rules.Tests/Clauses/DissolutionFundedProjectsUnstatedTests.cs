using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DissolutionFundedProjectsUnstatedTests
{
    private static AgreementDocument Silent() =>
        Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { FundedProjects = null } });

    [Test]
    public void Evaluate_GrantAndDissolutionSilentOnProjects_Warns() =>
        Silent().ShouldWarn("AC731").Location.Path.ShouldBe("$.agreement.dissolution.fundedProjects");

    [Test]
    public void Evaluate_NoGovernmentGrant_DoesNotFire() =>
        (Silent() with { Funds = Some.WithFunds(f => f! with { Sources = [.. f.Sources.Where(s => s.Kind != FundSourceKind.GovernmentGrant)] }).Funds }).ShouldNotFire("AC731");

    [Test]
    public void Evaluate_ProjectsProvidedFor_DoesNotFire() => Some.Agreement().ShouldNotFire("AC731");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class GrantMeasuresNotReportedTests
{
    private static AgreementDocument Unreported() =>
        Some.WithFunds(f => f! with { ManagementMeasures = f.ManagementMeasures! with { ReportedTo = null } });

    [Test]
    public void Evaluate_GrantAndMeasuresNotReported_WarnsAtReportedTo() =>
        Unreported().ShouldWarn("AC430").Location.Path.ShouldBe("$.funds.managementMeasures.reportedTo");

    [Test]
    public void Evaluate_NoGovernmentGrant_DoesNotFire() =>
        (Unreported() with { Funds = Some.WithFunds(f => f! with { Sources = [.. f.Sources.Where(s => s.Kind != FundSourceKind.GovernmentGrant)] }).Funds! with { ManagementMeasures = Unreported().Funds!.ManagementMeasures } }).ShouldNotFire("AC430");

    [Test]
    public void Evaluate_Reported_DoesNotFire() => Some.Agreement().ShouldNotFire("AC430");
}

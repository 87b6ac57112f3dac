using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DisputeResolutionMissingTests
{
    [Test]
    public void Evaluate_NoDisputeClause_FiresAtDisputeResolution() =>
        Some.WithAgreement(a => a with { DisputeResolution = null }).ShouldFire("AC709")[0].Location.Path.ShouldBe("$.agreement.disputeResolution");

    [Test]
    public void Evaluate_DisputeClause_DoesNotFire() => Some.Agreement().ShouldNotFire("AC709");

    [Test]
    public void Evaluate_NoDisputeClause_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { DisputeResolution = null });

        document.ShouldWarn("AC709");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class LiquidationUnstatedTests
{
    [Test]
    public void Evaluate_LiquidationMissing_FiresQuotingTheClause()
    {
        var finding = Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { Liquidation = null } }).ShouldFire("AC707")[0];

        finding.Location.Path.ShouldBe("$.agreement.dissolution.liquidation");
        finding.Clause.ShouldBe("Art. 28");
    }

    [Test]
    public void Evaluate_LiquidationStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC707");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { Liquidation = null } });

        document.ShouldWarn("AC707");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

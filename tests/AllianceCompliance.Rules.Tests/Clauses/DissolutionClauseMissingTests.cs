using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DissolutionClauseMissingTests
{
    [Test]
    public void Evaluate_NoDissolutionClause_FiresOnceAtDissolution()
    {
        var document = Some.WithAgreement(a => a with { Dissolution = null });

        document.ShouldFire("AC705")[0].Location.Path.ShouldBe("$.agreement.dissolution");
        document.ShouldNotFire("AC706");
        document.ShouldNotFire("AC707");
    }

    [Test]
    public void Evaluate_DissolutionClause_DoesNotFire() => Some.Agreement().ShouldNotFire("AC705");

    [Test]
    public void Evaluate_NoDissolutionClause_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Dissolution = null });

        document.ShouldWarn("AC705");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DissolutionConditionsUnstatedTests
{
    [Test]
    public void Evaluate_ConditionsMissing_FiresQuotingTheClause()
    {
        var finding = Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { Conditions = null } }).ShouldFire("AC708")[0];

        finding.Location.Path.ShouldBe("$.agreement.dissolution.conditions");
        finding.Clause.ShouldBe("Art. 28");
    }

    [Test]
    public void Evaluate_ConditionsStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC708");
}

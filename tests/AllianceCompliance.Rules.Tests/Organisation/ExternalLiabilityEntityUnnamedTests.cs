using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExternalLiabilityEntityUnnamedTests
{
    [Test]
    public void Evaluate_NoExternalLiabilityEntity_FiresQuotingTheClause()
    {
        var finding = Some.WithGovernance(g => g! with { ExternalLiabilityEntity = null }).ShouldFire("AC307")[0];

        finding.Location.Path.ShouldBe("$.governance.externalLiabilityEntity");
        finding.Clause.ShouldBe("Art. 5");
    }

    [Test]
    public void Evaluate_ExternalLiabilityEntityNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC307");
}

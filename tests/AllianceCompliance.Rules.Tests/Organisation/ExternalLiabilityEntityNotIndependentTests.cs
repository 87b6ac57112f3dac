using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExternalLiabilityEntityNotIndependentTests
{
    [Test]
    public void Evaluate_EntityIsABranch_FiresAtExternalLiabilityEntity()
    {
        var finding = Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldFire("AC308")[0];

        finding.Location.Path.ShouldBe("$.governance.externalLiabilityEntity");
        finding.Message.English.ShouldContain("Member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')");
    }

    [Test]
    public void Evaluate_AnotherMemberIsABranch_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldNotFire("AC308");
}

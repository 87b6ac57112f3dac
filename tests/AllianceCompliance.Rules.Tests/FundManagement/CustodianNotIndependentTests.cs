using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class CustodianNotIndependentTests
{
    [Test]
    public void Evaluate_CustodianNotAnIndependentLegalPerson_WarnsAtCustodian() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Independent = false }))
            .ShouldWarn("AC431").Location.Path.ShouldBe("$.funds.custodian");

    [Test]
    public void Evaluate_AnotherMemberNotIndependent_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldNotFire("AC431");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class RepresentativeUnnamedTests
{
    [Test]
    public void Evaluate_NoRepresentative_Warns() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = null })).ShouldFire("AC114");

    [Test]
    public void Evaluate_RepresentativesNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC114");

    [Test]
    public void Condition_IsTheSigningCondition() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = null }))
            .ShouldFire("AC114")[0].Condition.ShouldBe("8.2");
}

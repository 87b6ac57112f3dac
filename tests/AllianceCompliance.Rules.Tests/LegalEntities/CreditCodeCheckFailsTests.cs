using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class CreditCodeCheckFailsTests
{
    [Test]
    public void Evaluate_WrongCheckCharacter_FiresNamingTheRightOne() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = "914403001922038217" }))
            .ShouldFire("AC107")[0].Message.English.ShouldContain("should be '6'");

    [TestCase("914403001922038216")]
    [TestCase("12100000400000624D")]
    [TestCase("51100000500002862F")]
    public void Evaluate_PublishedValidCodes_DoNotFire(string code) =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = code })).ShouldNotFire("AC107");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = "914403001922038210" }));

        document.ShouldWarn("AC107");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

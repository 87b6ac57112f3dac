using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class GoverningLawUnstatedTests
{
    [Test]
    public void Evaluate_NoGoverningLaw_WarnsAtGoverningLaw() =>
        Some.WithAgreement(a => a with { GoverningLaw = "" }).ShouldFire("AC222")[0].Location.Path.ShouldBe("$.agreement.governingLaw");

    [Test]
    public void Evaluate_GoverningLawStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC222");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC222");

        rule.Citation.English.ShouldContain("templates");
        rule.Citation.English.ShouldNotContain("Art. 4");
        rule.Basis.ShouldBe(Findings.RuleBasis.Practice);
    }
}

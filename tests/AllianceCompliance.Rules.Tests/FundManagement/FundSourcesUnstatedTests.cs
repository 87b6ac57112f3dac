using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundSourcesUnstatedTests
{
    [Test]
    public void Evaluate_NoSources_Warns() =>
        Some.WithFunds(f => f! with { Sources = [] }).ShouldFire("AC408")[0].Location.Path.ShouldBe("$.funds.sources");

    [Test]
    public void Evaluate_SourcesListed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC408");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC408");

        rule.Citation.English.ShouldContain("news report");
        rule.Citation.English.ShouldNotContain("Art. 8(4)");
        rule.Basis.ShouldBe(Findings.RuleBasis.Guidance);
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class TitleUnstatedTests
{
    [Test]
    public void Evaluate_NoTitle_WarnsAtTitle() =>
        Some.WithAgreement(a => a with { Title = null }).ShouldFire("AC221")[0].Location.Path.ShouldBe("$.agreement.title");

    [Test]
    public void Evaluate_Titled_DoesNotFire() => Some.Agreement().ShouldNotFire("AC221");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC221");

        rule.Citation.English.ShouldContain("templates");
        rule.Citation.English.ShouldNotContain("Art. 8(2)");
        rule.Basis.ShouldBe(Findings.RuleBasis.Practice);
    }
}

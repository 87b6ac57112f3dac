using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LeadMemberUnnamedTests
{
    [Test]
    public void Evaluate_NoLeadMember_Warns() => Some.WithAlliance(a => a with { LeadMembers = [] }).ShouldFire("AC113");

    [Test]
    public void Evaluate_LeadMemberNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC113");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC113");

        rule.Citation.English.ShouldContain("templates");
        rule.Citation.English.ShouldNotContain("Art. 8(1)");
        rule.Basis.ShouldBe(Findings.RuleBasis.Practice);
    }
}

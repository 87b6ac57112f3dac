using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExternalLiabilityEntityDetachedTests
{
    [Test]
    public void Evaluate_NeitherLeadNorHost_Warns()
    {
        var finding = Some.WithGovernance(g => g! with { ExternalLiabilityEntity = "university" }).ShouldFire("AC309")[0];

        finding.Location.Path.ShouldBe("$.governance.externalLiabilityEntity");
        finding.Message.English.ShouldContain("Member Example University ('university') bears the alliance's external obligations, but it is neither a lead unit of the alliance");
    }

    [Test]
    public void Evaluate_HostOfTheExecutionBody_DoesNotFire() =>
        Some.WithGovernance(g => g!.WithBody("secretariat", b => b with { HostedBy = "university" }) with { ExternalLiabilityEntity = "university" })
            .ShouldNotFire("AC309");

    [Test]
    public void Evaluate_LeadMember_DoesNotFire() => Some.Agreement().ShouldNotFire("AC309");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC309");

        rule.Citation.English.ShouldContain("Art. 8(3)");
        rule.Citation.English.ShouldNotContain("Art. 8(4)");
        rule.Basis.ShouldBe(Findings.RuleBasis.Practice);
    }
}

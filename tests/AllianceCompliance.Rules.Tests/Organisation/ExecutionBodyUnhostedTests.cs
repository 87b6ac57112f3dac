using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExecutionBodyUnhostedTests
{
    [Test]
    public void Evaluate_NoHost_WarnsAtHostedBy()
    {
        var finding = Some.WithGovernance(g => g!.WithBody("secretariat", b => b with { HostedBy = null })).ShouldFire("AC310")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies[2].hostedBy");
        finding.Message.English.ShouldContain("The alliance's executive body Secretariat ('secretariat')");
    }

    [Test]
    public void Evaluate_ConsultationBodyWithoutHost_DoesNotFire() =>
        Some.WithGovernance(g => g!.WithBody("experts", b => b with { HostedBy = null })).ShouldNotFire("AC310");

    [Test]
    public void Descriptor_CitesWhatTheRuleRestsOn()
    {
        var rule = GuidingOpinions.RuleSet.Rules.Single(r => r.Id == "AC310");

        rule.Citation.English.ShouldContain("templates");
        rule.Citation.English.ShouldNotContain("Art. 8(4)");
        rule.Basis.ShouldBe(Findings.RuleBasis.Practice);
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class DecisionRuleMissingTests
{
    [Test]
    public void Evaluate_NoDecisionRule_WarnsAtDecisionRule()
    {
        var finding = Some.WithGovernance(g => g!.WithBody("council", b => b with { DecisionRule = null })).ShouldFire("AC306")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies[0].decisionRule");
        finding.Message.English.ShouldContain("Council ('council') does not state how it decides (quorum and majority)");
    }

    [Test]
    public void Evaluate_NoQuorum_WarnsAtQuorum()
    {
        var finding = Some.WithGovernance(g => g!.WithBody("council", b => b with { DecisionRule = b.DecisionRule! with { Quorum = null } }))
            .ShouldFire("AC306")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies[0].decisionRule.quorum");
        finding.Message.English.ShouldContain("does not state its quorum");
    }

    [Test]
    public void Evaluate_QuorumAndMajority_DoesNotFire() => Some.Agreement().ShouldNotFire("AC306");
}

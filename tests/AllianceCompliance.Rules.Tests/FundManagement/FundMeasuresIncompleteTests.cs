using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class FundMeasuresIncompleteTests
{
    private static AgreementDocument Covering(params FundTopic[] topics) =>
        Some.WithFunds(f => f! with { ManagementMeasures = f.ManagementMeasures! with { Covers = [.. topics] } });

    [Test]
    public void Evaluate_NoAccountabilityOrIpSharing_NamesTheMissingTopics()
    {
        var finding = Covering(FundTopic.Organisation, FundTopic.Matching, FundTopic.Use, FundTopic.Supervision, FundTopic.Audit)
            .ShouldFire("AC403")[0];

        finding.Message.English.ShouldBe("The fund management measures do not cover accountability ('accountability'), sharing and division of IP ('ip-sharing').");
        finding.Message.Chinese.ShouldContain("问责（accountability）、知识产权分享与分割（ip-sharing）");
        finding.Location.Path.ShouldBe("$.funds.managementMeasures.covers");
        finding.Clause.ShouldBe("Art. 20");
    }

    [Test]
    public void Evaluate_RequiredTopicsWithoutBudgetOrAudit_DoesNotFire() =>
        Covering(FundTopic.Organisation, FundTopic.Matching, FundTopic.Use, FundTopic.Supervision, FundTopic.Accountability, FundTopic.IpSharing)
            .ShouldNotFire("AC403");
}

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

        finding.Message.English.ShouldBe("The alliance has government grants, and its fund management measures do not cover accountability ('accountability') and sharing and division of IP ('ip-sharing').");
        finding.Message.Chinese.ShouldContain("问责（accountability）和知识产权分享与分割（ip-sharing）");
        finding.Location.Path.ShouldBe("$.funds.managementMeasures.covers");
        finding.Clause.ShouldBe("Art. 20");
        finding.Severity.ShouldBe(Findings.Severity.Warning);
    }

    [Test]
    public void Evaluate_NoGovernmentMoneyAndNoMatchingOrIpSharing_DoesNotFire() =>
        (Covering(FundTopic.Organisation, FundTopic.Use, FundTopic.Supervision, FundTopic.Accountability) with
        {
            Funds = Some.Agreement().Funds! with
            {
                ManagementMeasures = Some.Agreement().Funds!.ManagementMeasures! with { Covers = [FundTopic.Organisation, FundTopic.Use] },
                Sources = [.. Some.Agreement().Funds!.Sources.Where(s => s.Kind != FundSourceKind.GovernmentGrant)],
            },
        }).ShouldNotFire("AC403");

    [Test]
    public void Evaluate_RequiredTopicsWithoutBudgetOrAudit_DoesNotFire() =>
        Covering(FundTopic.Organisation, FundTopic.Matching, FundTopic.Use, FundTopic.Supervision, FundTopic.Accountability, FundTopic.IpSharing)
            .ShouldNotFire("AC403");

    [Test]
    public void Evaluate_OnlyAnOperatingGrant_DoesNotFire() =>
        (Covering(FundTopic.Organisation, FundTopic.Use) with
        {
            Funds = Some.Agreement().Funds! with
            {
                ManagementMeasures = Some.Agreement().Funds!.ManagementMeasures! with { Covers = [FundTopic.Organisation, FundTopic.Use] },
                Sources = [.. Some.Agreement().Funds!.Sources.Select(s => s.Kind == FundSourceKind.GovernmentGrant ? s with { Purpose = GrantPurpose.Operating } : s)],
            },
        }).ShouldNotFire("AC403");
}

using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class RevenueSharingUnstatedTests
{
    [Test]
    public void Evaluate_NoRevenueSharing_FiresQuotingTheIpClause()
    {
        var finding = Some.WithIntellectualProperty(p => p! with { RevenueSharing = null }).ShouldFire("AC505")[0];

        finding.Location.Path.ShouldBe("$.intellectualProperty.revenueSharing");
        finding.Clause.ShouldBe("Art. 22");
    }

    [Test]
    public void Evaluate_RevenueSharingWithoutTextOrShares_Fires() =>
        Some.WithIntellectualProperty(p => p! with { RevenueSharing = p.RevenueSharing! with { Text = null, Shares = [] } }).ShouldFire("AC505");

    [Test]
    public void Evaluate_RuleOfDistributionWithoutFixedShares_DoesNotFire() =>
        Some.WithIntellectualProperty(p => p! with { RevenueSharing = p.RevenueSharing! with { Shares = [] } }).ShouldNotFire("AC505");
}

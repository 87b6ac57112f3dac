using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class RevenueSharePercentMissingTests
{
    [Test]
    public void Evaluate_ShareWithoutPercent_FiresAtTheShare()
    {
        var finding = Shares.Of(("lighthouse", 100), ("university", null)).ShouldFire("AC507")[0];

        finding.Message.English.ShouldBe("The revenue share of member Example University ('university') states no percentage.");
        finding.Location.Path.ShouldBe("$.intellectualProperty.revenueSharing.shares[1].percent");
    }

    [Test]
    public void Evaluate_NegativePercent_Fires() =>
        Shares.Of(("lighthouse", 100), ("university", -10)).ShouldFire("AC507")[0].Message.English.ShouldContain("is -10 percent, outside 0 to 100");

    [Test]
    public void Evaluate_ZeroAndHundredPercent_DoesNotFire() => Shares.Of(("lighthouse", 100), ("university", 0)).ShouldNotFire("AC507");
}

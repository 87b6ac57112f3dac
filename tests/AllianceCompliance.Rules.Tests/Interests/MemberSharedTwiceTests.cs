using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class MemberSharedTwiceTests
{
    [Test]
    public void Evaluate_MemberWithTwoShares_WarnsAtTheSecond()
    {
        var finding = Shares.Of(("lighthouse", 50), ("university", 40), ("lighthouse", 10)).ShouldFire("AC508")[0];

        finding.Message.English.ShouldBe("Member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse') is given a second revenue share (share 3; its first is share 1).");
        finding.Location.Path.ShouldBe("$.intellectualProperty.revenueSharing.shares[2].member");
    }

    [Test]
    public void Evaluate_MemberWithThreeShares_WarnsTwice() =>
        Shares.Of(("lighthouse", 50), ("lighthouse", 40), ("lighthouse", 10)).ShouldFire("AC508", times: 2);

    [Test]
    public void Evaluate_OneShareEach_DoesNotFire() => Shares.Of(("lighthouse", 60), ("university", 40)).ShouldNotFire("AC508");
}

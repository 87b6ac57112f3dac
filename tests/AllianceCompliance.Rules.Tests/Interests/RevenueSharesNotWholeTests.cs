using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class RevenueSharesNotWholeTests
{
    [Test]
    public void Evaluate_SharesAddingUpTo90_ReportsTheSum()
    {
        var finding = Shares.Of(("lighthouse", 60), ("university", 30)).ShouldFire("AC506")[0];

        finding.Message.English.ShouldBe("The 2 revenue share(s) add up to 90 percent, not 100.");
        finding.Message.Chinese.ShouldContain("合计为 90%");
        finding.Location.Path.ShouldBe("$.intellectualProperty.revenueSharing.shares");
        finding.Clause.ShouldBe("Art. 22");
    }

    [Test]
    public void Evaluate_SharesAddingUpToMoreThan100_ReportsTheSum() =>
        Shares.Of(("lighthouse", 60.5m), ("university", 40)).ShouldFire("AC506")[0].Message.English.ShouldContain("100.5 percent");

    [Test]
    public void Evaluate_FractionalSharesMakingExactly100_DoesNotFire() =>
        Shares.Of(("lighthouse", 33.33m), ("university", 33.33m), ("lighthouse", 33.34m)).ShouldNotFire("AC506");

    [Test]
    public void Evaluate_NoFixedShares_DoesNotFire() => Shares.Of().ShouldNotFire("AC506");
}

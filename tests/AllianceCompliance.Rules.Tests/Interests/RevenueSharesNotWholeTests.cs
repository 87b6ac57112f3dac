using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class RevenueSharesNotWholeTests
{
    [Test]
    public void Evaluate_SharesAddingUpTo90_ReportsTheSum()
    {
        var finding = Shares.Of(("lighthouse", 60), ("university", 30)).ShouldFire("AC506")[0];

        finding.Message.English.ShouldBe("The 2 revenue share(s) add up to 90 percent, and the agreement does not say where the rest goes.");
        finding.Severity.ShouldBe(Findings.Severity.Error);
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
    public void Evaluate_ThreeSharesOf33Point33_AreRoundingNotAnError() =>
        Shares.Of(("lighthouse", 33.33m), ("university", 33.33m), ("lighthouse", 33.33m)).ShouldNotFire("AC506");

    [Test]
    public void Evaluate_SharesShortByMoreThanRounding_Fires() =>
        Shares.Of(("lighthouse", 33.2m), ("university", 33.2m), ("lighthouse", 33.2m)).ShouldFire("AC506");

    [Test]
    public void Evaluate_StatedRemainderToAnAllianceFund_DoesNotFire() =>
        WithRemainder(Shares.Of(("lighthouse", 50), ("university", 40)), "10 percent to the alliance development fund").ShouldNotFire("AC506");

    [TestCase("待定", "待定")]
    [TestCase("剩余收益的用途另行约定", "另行约定")]
    [TestCase("TBD", "TBD")]
    public void Evaluate_RemainderLeftOpen_IsADistributionLeftOpenAtThePhrase(string remainder, string phrase)
    {
        var document = WithRemainder(Shares.Of(("lighthouse", 50), ("university", 40)), remainder);

        var finding = document.ShouldFire("AC540")[0];

        finding.Location.Path.ShouldBe("$.intellectualProperty.revenueSharing.remainder");
        finding.Message.English.ShouldBe($"The text does not settle the distribution of revenue from the results in advance: it says '{phrase}'.");
        document.ShouldNotFire("AC506");
    }

    [Test]
    public void Evaluate_StatedRemainderWithAnException_IsNotLeftOpen() =>
        WithRemainder(Shares.Of(("lighthouse", 50), ("university", 40)), "除各方另行约定外，其余10%计入联盟发展基金").ShouldNotFire("AC540");

    [Test]
    public void Evaluate_SharesOverTheWholeDespiteARemainder_Fires() =>
        WithRemainder(Shares.Of(("lighthouse", 70), ("university", 40)), "the rest to the alliance development fund")
            .ShouldFire("AC506")[0].Message.English.ShouldContain("more than the whole revenue");

    private static AgreementDocument WithRemainder(AgreementDocument document, string remainder) => document with
    {
        IntellectualProperty = document.IntellectualProperty! with
        {
            RevenueSharing = document.IntellectualProperty.RevenueSharing! with { Remainder = remainder },
        },
    };

    [Test]
    public void Evaluate_NoFixedShares_DoesNotFire() => Shares.Of().ShouldNotFire("AC506");
}

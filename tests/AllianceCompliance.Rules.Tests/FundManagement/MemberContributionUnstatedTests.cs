using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class MemberContributionUnstatedTests
{
    [Test]
    public void Evaluate_MemberWithoutAContribution_WarnsNamingIt() =>
        Some.WithFunds(f => f! with { Sources = [.. f.Sources.Where(s => s.From != "university")] })
            .ShouldWarn("AC432").Message.English.ShouldBe("The sources of funds list no contribution of 1 member(s): Example University ('university').");

    [Test]
    public void Evaluate_EveryMemberContributes_DoesNotFire() => Some.Agreement().ShouldNotFire("AC432");

    [Test]
    public void Evaluate_NoSourcesAtAll_IsLeftToAC408() =>
        Some.WithFunds(f => f! with { Sources = [] }).ShouldNotFire("AC432");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class GovernmentFundsOnlyTests
{
    private static AgreementDocument WithSources(Func<FundSource, bool> keep) =>
        Some.WithFunds(f => f! with { Sources = [.. f.Sources.Where(keep)] });

    [Test]
    public void Evaluate_GrantWithoutMemberContribution_Warns() =>
        WithSources(s => s.Kind == FundSourceKind.GovernmentGrant).ShouldFire("AC407")[0].Location.Path.ShouldBe("$.funds.sources");

    [Test]
    public void Evaluate_GrantAndMemberContribution_DoesNotFire() => Some.Agreement().ShouldNotFire("AC407");

    [Test]
    public void Evaluate_MemberContributionWithoutGrant_DoesNotFire() =>
        WithSources(s => s.Kind == FundSourceKind.MemberContribution).ShouldNotFire("AC407");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class GovernmentFundedSharingUnstatedTests
{
    private static AgreementDocument WithoutSharing() => Some.WithOpenness(o => o! with { GovernmentFundedSharing = null });

    [Test]
    public void Evaluate_GrantWithoutSharingObligation_Fires() =>
        WithoutSharing().ShouldFire("AC605")[0].Location.Path.ShouldBe("$.openness.governmentFundedSharing");

    [Test]
    public void Evaluate_OnlyAnOperatingSubsidyForTheSecretariat_DoesNotFire() =>
        (WithoutSharing() with
        {
            Funds = Some.Agreement().Funds! with
            {
                Sources = [.. Some.Agreement().Funds!.Sources.Select(s => s.Kind == FundSourceKind.GovernmentGrant ? s with { Purpose = GrantPurpose.Operating } : s)],
            },
        }).ShouldNotFire("AC605");

    [Test]
    public void Evaluate_ProjectGrantBesideAnOperatingSubsidy_Fires() =>
        (WithoutSharing() with
        {
            Funds = Some.Agreement().Funds! with
            {
                Sources =
                [
                    .. Some.Agreement().Funds!.Sources.Select(s => s.Kind == FundSourceKind.GovernmentGrant ? s with { Purpose = GrantPurpose.Operating } : s),
                    Some.Agreement().Funds!.Sources[^1] with { Index = 3, Purpose = GrantPurpose.Project },
                ],
            },
        }).ShouldFire("AC605");

    [Test]
    public void Evaluate_NoGrantAndNoSharingObligation_DoesNotFire() =>
        (WithoutSharing() with
        {
            Funds = Some.Agreement().Funds! with { Sources = [.. Some.Agreement().Funds!.Sources.Where(s => s.Kind != FundSourceKind.GovernmentGrant)] },
        }).ShouldNotFire("AC605");

    [Test]
    public void Evaluate_GrantWithSharingObligation_DoesNotFire() => Some.Agreement().ShouldNotFire("AC605");
}

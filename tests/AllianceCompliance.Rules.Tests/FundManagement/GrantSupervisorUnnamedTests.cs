using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class GrantSupervisorUnnamedTests
{
    [Test]
    public void Evaluate_GrantWithoutSupervisor_FiresNamingTheGrantor()
    {
        var document = Some.WithFunds(f => f! with
        {
            Sources = [.. f.Sources.Select(s => s.Kind == FundSourceKind.GovernmentGrant ? s with { SupervisedBy = null } : s)],
        });

        var finding = document.ShouldWarn("AC406");

        finding.Message.English.ShouldBe("The government grant from 'Ministry of Science and Technology' does not name the authority that supervises its use.");
        finding.Location.Path.ShouldBe("$.funds.sources[2].supervisedBy");
    }

    [Test]
    public void Evaluate_MemberContributionWithoutSupervisor_DoesNotFire()
    {
        Some.Agreement().Funds!.Sources[0].SupervisedBy.ShouldBeNull();
        Some.Agreement().ShouldNotFire("AC406");
    }
}

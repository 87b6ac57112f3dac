using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AccessionSignedBeforeJoiningTests
{
    [Test]
    public void Evaluate_JoinedLaterButSignedBeforeTheEffectiveDate_WarnsAtJoined()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = new DateOnly(2012, 8, 20) }))
            .WithMember("university", m => m with { Joined = new DateOnly(2013, 1, 10) })
            .ShouldWarn("AC232");

        finding.Location.Path.ShouldBe("$.members[1].joined");
        finding.Message.English.ShouldContain("admitted on 2013-01-10");
    }

    [Test]
    public void Evaluate_JoinedLaterAndSignedOnAccession_DoesNotFire() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = new DateOnly(2013, 1, 10) }))
            .WithMember("university", m => m with { Joined = new DateOnly(2013, 1, 10) })
            .ShouldNotFire("AC232");

    [Test]
    public void Evaluate_FoundingMembers_DoNotFire() => Some.Agreement().ShouldNotFire("AC232");
}

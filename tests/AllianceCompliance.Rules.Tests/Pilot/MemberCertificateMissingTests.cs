using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class MemberCertificateMissingTests
{
    [Test]
    public void Evaluate_CertificateOfOneMemberOnly_FiresForTheOther()
    {
        var finding = Some.WithApplication(a => a! with { Certificates = ["lighthouse"] }).ShouldFire("AC802")[0];

        finding.Message.English.ShouldBe("The dossier has no business licence or legal-person certificate of member Example University ('university').");
        finding.Location.Path.ShouldBe("$.application.certificates");
    }

    [Test]
    public void Evaluate_CertificatesOfEveryMember_DoesNotFire() =>
        Some.WithApplication(a => a! with { Certificates = ["university", "lighthouse"] }).ShouldNotFire("AC802");

    [Test]
    public void Evaluate_CertificatesNotListedSeparately_DoesNotFire() => Some.Agreement().ShouldNotFire("AC802");
}

using AllianceCompliance.Model;
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

    [Test]
    public void Evaluate_MemberAdmittedAfterTheApplication_IsNotAskedFor() =>
        (Some.WithApplication(a => a! with { Certificates = ["lighthouse"] })
            .WithMember("university", m => m with { Joined = new DateOnly(2013, 3, 1) }))
            .ShouldNotFire("AC802");

    [Test]
    public void Evaluate_MemberAdmittedBeforeTheApplication_IsStillAskedFor() =>
        (Some.WithApplication(a => a! with { Certificates = ["lighthouse"] })
            .WithMember("university", m => m with { Joined = new DateOnly(2012, 9, 15) }))
            .ShouldFire("AC802");

    [Test]
    public void Title_NamesTheBusinessLicence() =>
        Some.WithApplication(a => a! with { Certificates = ["lighthouse"] }).ShouldFire("AC802")[0].Rule.Title.Chinese.ShouldContain("营业执照");
}

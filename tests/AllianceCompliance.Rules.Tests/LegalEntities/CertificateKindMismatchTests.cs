using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class CertificateKindMismatchTests
{
    [Test]
    public void Evaluate_EnterpriseWithInstitutionCertificate_Warns() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Certificate = CertificateKind.InstitutionCertificate })).ShouldFire("AC115");

    [Test]
    public void Evaluate_MatchingCertificates_DoesNotFire() => Some.Agreement().ShouldNotFire("AC115");

    [Test]
    public void Message_NamesTheCertificateInTheReadersLanguage() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Certificate = CertificateKind.InstitutionCertificate }))
            .ShouldFire("AC115")[0].Message.Chinese.ShouldContain("“事业单位法人证书”");
}

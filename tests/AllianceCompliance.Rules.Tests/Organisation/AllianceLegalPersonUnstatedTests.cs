using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class AllianceLegalPersonUnstatedTests
{
    [Test]
    public void Evaluate_AllianceNamedWithoutItsLegalPersonDetails_Warns() =>
        ExternalLiabilityEntityNotIndependentTests.AllianceBears(null).ShouldWarn("AC331").Location.Path.ShouldBe("$.alliance.legalPerson");

    [Test]
    public void Evaluate_AllianceRegisteredAsASocialOrganisation_DoesNotFire()
    {
        var document = ExternalLiabilityEntityNotIndependentTests.AllianceBears(
            new LegalPerson(true, "51100000500002862F", "Zhao Liu", CertificateKind.SocialOrganizationCertificate));

        document.ShouldNotFire("AC331");
        document.ShouldNotFire("AC307");
        document.ShouldNotFire("AC309");
    }

    [Test]
    public void Evaluate_AMemberBearsTheObligations_DoesNotFire() => Some.Agreement().ShouldNotFire("AC331");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExternalLiabilityEntityNotIndependentTests
{
    [Test]
    public void Evaluate_EntityIsABranch_FiresAtExternalLiabilityEntity()
    {
        var finding = Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldFire("AC308")[0];

        finding.Location.Path.ShouldBe("$.governance.externalLiabilityEntity");
        finding.Message.English.ShouldStartWith("Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse'), named to bear");
    }

    [Test]
    public void Evaluate_AllianceItselfALegalPerson_DoesNotFire() =>
        AllianceBears(new LegalPerson(true, "51100000500002862F", "Zhao Liu", CertificateKind.SocialOrganizationCertificate)).ShouldNotFire("AC308");

    [Test]
    public void Evaluate_AllianceStatedNotToBeALegalPerson_Fires() =>
        AllianceBears(new LegalPerson(false, null, null, null)).ShouldFire("AC308")[0].Message.English.ShouldStartWith("the alliance ('alliance'), named to bear");

    internal static AgreementDocument AllianceBears(LegalPerson? details) => Some.Agreement() with
    {
        Alliance = Some.Agreement().Alliance! with { LegalPerson = details },
        Governance = Some.Agreement().Governance! with { ExternalLiabilityEntity = Governance.AllianceItself },
    };

    [Test]
    public void Evaluate_AnotherMemberIsABranch_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Independent = false })).ShouldNotFire("AC308");
}

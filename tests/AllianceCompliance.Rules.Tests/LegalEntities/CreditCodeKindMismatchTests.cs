using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class CreditCodeKindMismatchTests
{
    [Test]
    public void Evaluate_EnterpriseWithInstitutionCode_Fires() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = "12100000400000624D" })).ShouldFire("AC108");

    [Test]
    public void Evaluate_ResearchInstituteConvertedToCompany_DoesNotFire() =>
        Some.WithMember("university", m => (m with { Kind = MemberKind.ResearchInstitute })
            .WithLegalPerson(p => p with { CreditCode = "914403001922038216", Certificate = CertificateKind.BusinessLicense }))
            .ShouldNotFire("AC108");

    [Test]
    public void Message_SaysListedInTheAgreementNotRegistered() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { CreditCode = "12100000400000624D" }))
            .ShouldFire("AC108")[0].Message.Chinese.ShouldContain("在协议中列为企业");
}

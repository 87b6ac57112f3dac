using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AuthorizationNotFromRepresentativeTests
{
    [Test]
    public void Evaluate_GrantedByAnotherPerson_FiresAtGrantedBy()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = "Wang Wu" } }))
            .ShouldFire("AC211")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].authorization.grantedBy");
        finding.Message.English.ShouldContain("was granted by 'Wang Wu', not by its legal representative at the signing date, recorded as 'Li Si'");
        finding.Severity.ShouldBe(Findings.Severity.Error);
    }

    [Test]
    public void Evaluate_RepresentativeChangedAfterSigning_RecordedOnTheSignature_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = "Zhou Qi" }))
            .WithSignature("university", s => s with { RepresentativeAtSigning = "Li Si" })
            .ShouldNotFire("AC211");

    [Test]
    public void Evaluate_GrantedBySomeoneElseThanTheRepresentativeAtSigning_Fires() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = "Zhou Qi" }))
            .WithSignature("university", s => s with { RepresentativeAtSigning = "Zhao Ba" })
            .ShouldFire("AC211")[0].Message.English.ShouldContain("recorded as 'Zhao Ba'");

    [Test]
    public void Evaluate_GrantorInChineseRepresentativeInPinyin_DoesNotFire() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = "Liu Qingshan" }))
            .WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = "刘青山" } })
            .ShouldNotFire("AC211");

    [Test]
    public void Evaluate_GrantorNotNamed_Fires() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = null } }))
            .ShouldFire("AC211")[0].Message.English.ShouldContain("granted by no one named");

    [Test]
    public void Evaluate_GrantedByTheRepresentative_DoesNotFire() => Some.Agreement().ShouldNotFire("AC211");
}

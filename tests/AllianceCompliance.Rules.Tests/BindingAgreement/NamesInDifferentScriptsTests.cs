using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class NamesInDifferentScriptsTests
{
    [Test]
    public void Evaluate_SignatoryInChineseRepresentativeInPinyin_WarnsToConfirm()
    {
        var finding = Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = "Liu Qingshan" }))
            .WithSignature("lighthouse", s => s with { Signatory = "刘青山" })
            .ShouldWarn("AC230");

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].signatory");
        finding.Message.English.ShouldContain("'刘青山' (who signed as legal representative) and the legal representative 'Liu Qingshan'");
    }

    [Test]
    public void Evaluate_GrantorInChineseRepresentativeInPinyin_WarnsAtGrantedBy() =>
        Some.WithMember("university", m => m.WithLegalPerson(p => p with { Representative = "Li Si" }))
            .WithSignature("university", s => s with { Authorization = s.Authorization! with { GrantedBy = "李四" } })
            .ShouldWarn("AC230").Location.Path.ShouldBe("$.agreement.signatures[1].authorization.grantedBy");

    [Test]
    public void Evaluate_NamesInTheSameScript_DoesNotFire() => Some.Agreement().ShouldNotFire("AC230");
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class SignatoryNotRepresentativeTests
{
    [Test]
    public void Evaluate_LegalRepresentativeCapacityButOtherPerson_FiresAtSignatory()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = "Zhao Liu" })).ShouldFire("AC209")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[0].signatory");
        finding.Message.English.ShouldContain("'Zhao Liu' signed for member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')");
        finding.Message.English.ShouldContain("is recorded as 'Zhang San'");
        finding.Severity.ShouldBe(Findings.Severity.Error);
    }

    [Test]
    public void Evaluate_RepresentativeChangedAfterSigning_RecordedOnTheSignature_DoesNotFire() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = "Zhou Qi" }))
            .WithSignature("lighthouse", s => s with { RepresentativeAtSigning = "Zhang San" })
            .ShouldNotFire("AC209");

    [Test]
    public void Evaluate_SignatoryIsNeitherTheRepresentativeAtSigningNorNow_Fires() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = "Zhou Qi" }))
            .WithSignature("lighthouse", s => s with { RepresentativeAtSigning = "Zhao Ba" })
            .ShouldFire("AC209")[0].Message.English.ShouldContain("recorded as 'Zhao Ba'");

    [Test]
    public void Evaluate_SameNameInChineseAndInPinyin_IsNoError() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = "Liu Qingshan" }))
            .WithSignature("lighthouse", s => s with { Signatory = "刘青山" })
            .ShouldNotFire("AC209");

    [Test]
    public void Evaluate_TwoDifferentChineseNames_Fires() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = "刘青山" }))
            .WithSignature("lighthouse", s => s with { Signatory = "王五" })
            .ShouldFire("AC209");

    [Test]
    public void Evaluate_SameNameDifferentSpacingAndCase_DoesNotFire() =>
        Some.WithAgreement(a => a.WithSignature("lighthouse", s => s with { Signatory = "zhang  san" })).ShouldNotFire("AC209");

    [Test]
    public void Evaluate_NamesLongerThanTheStackBuffer_AreComparedTheSameWay()
    {
        // Past 256 characters the comparison uses a buffer on the heap: the same result either way.
        var name = "Zhang San " + new string('x', 300);
        var document = Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Representative = name }));
        AgreementDocument Signed(string signatory) =>
            document with { Agreement = document.Agreement!.WithSignature("lighthouse", s => s with { Signatory = signatory }) };

        Signed(name.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal)).ShouldNotFire("AC209");
        Signed(name + "y").ShouldFire("AC209");
    }

    [Test]
    public void Evaluate_OtherPersonSigningAsAgent_DoesNotFire() => Some.Agreement().ShouldNotFire("AC209");
}

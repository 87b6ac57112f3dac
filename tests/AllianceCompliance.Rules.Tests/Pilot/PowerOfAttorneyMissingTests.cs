using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class PowerOfAttorneyMissingTests
{
    private static AgreementDocument WithoutPowersOfAttorney(AgreementDocument document) =>
        document with { Application = document.Application! with { Materials = document.Application.Materials.Remove(PilotMaterial.PowersOfAttorney) } };

    [Test]
    public void Evaluate_AgentSignedAndNoPowersOfAttorney_FiresNamingTheMember()
    {
        var finding = WithoutPowersOfAttorney(Some.Agreement()).ShouldFire("AC803")[0];

        finding.Message.English.ShouldStartWith("1 signature(s) were made by authorised agents (the first for member Example University ('university'))");
        finding.Location.Path.ShouldBe("$.application.materials");
    }

    [Test]
    public void Evaluate_OnlyLegalRepresentativesSigned_DoesNotFire() =>
        WithoutPowersOfAttorney(Some.WithAgreement(a => a with
        {
            Signatures = [.. a.Signatures.Select(s => s with { Capacity = SignatoryCapacity.LegalRepresentative, Signatory = "Li Si", Authorization = null })],
        })).ShouldNotFire("AC803");

    [Test]
    public void Evaluate_AgentSignedWithPowersOfAttorney_DoesNotFire() => Some.Agreement().ShouldNotFire("AC803");
}

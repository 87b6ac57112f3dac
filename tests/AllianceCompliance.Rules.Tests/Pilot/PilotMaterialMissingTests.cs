using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class PilotMaterialMissingTests
{
    [Test]
    public void Evaluate_NoNecessityStatementOrCertificates_NamesThem()
    {
        var document = Some.WithApplication(a => a! with
        {
            Materials = [PilotMaterial.AgreementText, PilotMaterial.ApplicationForm, PilotMaterial.PowersOfAttorney],
        });

        var finding = document.ShouldFire("AC801")[0];

        finding.Message.English.ShouldBe("The pilot application lacks the statement of the alliance's necessity ('necessity-statement'), "
            + "every member's sealed business licence or legal-person certificate ('member-certificates').");
        finding.Location.Path.ShouldBe("$.application.materials");
    }

    [Test]
    public void Evaluate_EveryRequiredMaterial_DoesNotFire() => Some.Agreement().ShouldNotFire("AC801");

    [Test]
    public void Evaluate_NoApplication_ReportsNothingOnThePilot() =>
        Some.WithApplication(_ => null).Findings().Where(f => f.Condition == "pilot").ShouldBeEmpty();
}

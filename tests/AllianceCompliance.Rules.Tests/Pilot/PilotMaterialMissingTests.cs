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

        finding.Message.English.ShouldBe("The pilot application lacks the statement of the alliance's necessity ('necessity-statement') "
            + "and every member's sealed business licence or legal-person certificate ('member-certificates').");
        finding.Message.Chinese.ShouldBe("试点申请材料缺少：联盟必要性说明材料（necessity-statement）和全体成员加盖公章的营业执照或法人证书（member-certificates）。");
        finding.Location.Path.ShouldBe("$.application.materials");
    }

    [Test]
    public void Evaluate_EveryRequiredMaterial_DoesNotFire() => Some.Agreement().ShouldNotFire("AC801");

    [Test]
    public void Evaluate_NoApplication_ReportsNothingOnThePilot() =>
        Some.WithApplication(_ => null).Findings().Where(f => f.Condition == "pilot").ShouldBeEmpty();
}

using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class LicensingTermsUnstatedTests
{
    [Test]
    public void Evaluate_NoLicensing_FiresQuotingTheIpClause()
    {
        var finding = Some.WithIntellectualProperty(p => p! with { Licensing = null }).ShouldFire("AC504")[0];

        finding.Location.Path.ShouldBe("$.intellectualProperty.licensing");
        finding.Clause.ShouldBe("Art. 22");
    }

    [Test]
    public void Evaluate_BlankLicensing_Fires() => Some.WithIntellectualProperty(p => p! with { Licensing = " " }).ShouldFire("AC504");

    [Test]
    public void Evaluate_LicensingStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC504");
}

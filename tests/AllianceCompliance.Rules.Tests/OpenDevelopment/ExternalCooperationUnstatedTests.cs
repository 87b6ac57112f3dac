using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class ExternalCooperationUnstatedTests
{
    [Test]
    public void Evaluate_NoExternalCooperation_FiresAtTheMissingKey() =>
        Some.WithOpenness(o => o! with { ExternalCooperation = null }).ShouldFire("AC603")[0].Location.Path.ShouldBe("$.openness.externalCooperation");

    [Test]
    public void Evaluate_ExternalCooperationStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC603");

    [Test]
    public void Evaluate_NoExternalCooperation_OnlyWarns_AGuidingSentence() =>
        Some.WithOpenness(o => o! with { ExternalCooperation = null }).ShouldWarn("AC603").Rule.Basis.ShouldBe(Findings.RuleBasis.Guidance);

    [Test]
    public void Evaluate_NoAdmissionClause_IsStillAnError() =>
        Some.WithOpenness(o => o! with { Admission = null }).ShouldFire("AC602")[0].Severity.ShouldBe(Findings.Severity.Error);
}

using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class OpennessDutyNotTakenOnTests
{
    [Test]
    public void Evaluate_SharingTextThatOnlyAssignsOwnership_IsAWarningAtTheText()
    {
        var document = Some.WithOpenness(o => o! with { GovernmentFundedSharing = o.GovernmentFundedSharing! with { Text = "Outcomes belong to the members that made them" } });

        var finding = document.ShouldFire("AC650")[0];

        finding.Severity.ShouldBe(Findings.Severity.Warning);
        finding.Location.Path.ShouldStartWith("$.openness.governmentFundedSharing");
        finding.Message.Chinese.ShouldStartWith("政府资助项目成果向联盟外共享条款未写明联盟承担该项义务");
    }

    [Test]
    public void Evaluate_AdmissionTextNamingOnlyTheSignatories_Fires() =>
        Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "联盟成员为本协议签署各方" } }).ShouldFire("AC650");

    [TestCase("Outcomes are licensed to non-members on fair terms")]
    [TestCase("政府资助项目成果向社会公开，行业内企业可按合理条件使用")]
    public void Evaluate_SharingTakenOn_DoesNotFire(string text) =>
        Some.WithOpenness(o => o! with { GovernmentFundedSharing = o.GovernmentFundedSharing! with { Text = text } }).ShouldNotFire("AC650");

    [Test]
    public void Evaluate_RefusedOrLeftOpen_IsReportedOnceByItsOwnRule()
    {
        var refused = Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "联盟不再吸收新成员" } });
        var open = Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "待定" } });

        refused.ShouldNotFire("AC650");
        open.ShouldNotFire("AC650");
    }
}

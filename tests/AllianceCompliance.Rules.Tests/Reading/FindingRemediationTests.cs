using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Reading;

/// <summary>A rule that reads several kinds of clause says how to fix the one it found, not every kind it covers.</summary>
public sealed class FindingRemediationTests
{
    [Test]
    public void Evaluate_LicensingLeftOpen_FixNamesLicensingOnly()
    {
        var finding = Some.WithIntellectualProperty(p => p! with { Licensing = "许可使用条件另行约定" }).ShouldFire("AC540")[0];

        finding.Remediation.English.ShouldContain("on what terms the results are licensed");
        finding.Remediation.English.ShouldNotContain("breach");
        finding.Remediation.Chinese.ShouldContain("成果按何条件许可使用");
        finding.Remediation.Chinese.ShouldNotContain("违约");
        finding.Rule.Remediation.English.ShouldContain("what a member in breach is liable for");
    }

    [Test]
    public void Evaluate_AdmissionRefused_FixNamesAdmissionOnly()
    {
        var finding = Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "联盟成员固定为上述单位" } }).ShouldFire("AC640")[0];

        finding.Remediation.Chinese.ShouldContain("吸纳新成员的条件和程序");
        finding.Remediation.Chinese.ShouldNotContain("共享");
        finding.Remediation.English.ShouldNotContain("disseminat");
    }

    [Test]
    public void Evaluate_BreachDetailsLeftToTheCouncil_FixAsksForTheLiabilityNotForShares()
    {
        var finding = Some.WithAgreement(a => a with { BreachLiability = a.BreachLiability! with { Text = "违约成员应赔偿损失，赔偿数额由理事会决定" } }).ShouldFire("AC541")[0];

        finding.Remediation.Chinese.ShouldContain("违约金数额或损失的计算方式");
        finding.Remediation.Chinese.ShouldNotContain("比例、费率");
    }
}

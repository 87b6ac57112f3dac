using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.OpenDevelopment;

public sealed class OpennessDutyRefusedTests
{
    [Test]
    public void Evaluate_NoNewMembers_IsAnErrorAtTheAdmissionClause()
    {
        var document = Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = "联盟不再吸收新成员" } });

        var finding = document.ShouldFire("AC640")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Clause.ShouldBe("Art. 12");
        finding.Message.English.ShouldBe("The text refuses the admission of new members: '不再吸收'.");
        finding.Location.Path.ShouldBe("$.openness.admission.text");
    }

    [Test]
    public void Evaluate_NoSharingOutsideTheAlliance_Fires() =>
        Some.WithOpenness(o => o! with { GovernmentFundedSharing = o.GovernmentFundedSharing! with { Text = "……不向联盟外单位共享" } })
            .ShouldFire("AC640")[0].Message.Chinese.ShouldContain("政府资助项目成果向联盟外共享");

    [Test]
    public void Evaluate_NoDissemination_Fires() =>
        Some.WithOpenness(o => o! with { Dissemination = o.Dissemination! with { Text = "Results will not be published." } }).ShouldFire("AC640");

    [TestCase("不得拒绝符合条件的单位加入")]
    [TestCase("对不符合条件的单位不再吸收")]
    [TestCase("The alliance shall not refuse new members that meet the criteria.")]
    public void Evaluate_DoubleNegativeOrCondition_DoesNotFire(string admission) =>
        Some.WithOpenness(o => o! with { Admission = o.Admission! with { Text = admission } }).ShouldNotFire("AC640");

    [Test]
    public void Evaluate_RefusalOfExternalCooperation_IsOnlyAWarning()
    {
        var document = Some.WithOpenness(o => o! with { ExternalCooperation = o.ExternalCooperation! with { Text = "联盟不与联盟外单位开展合作" } });

        document.ShouldFire("AC642")[0].Severity.ShouldBe(Findings.Severity.Warning);
        document.ShouldNotFire("AC640");
    }
}

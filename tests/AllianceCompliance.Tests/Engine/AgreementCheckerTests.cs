using AllianceCompliance.Engine;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Tests.Engine;

public sealed class AgreementCheckerTests
{
    private static readonly RuleSet Rules = RuleSet.Compile("test", "1", typeof(FailingRule).Assembly);

    private static string Agreement(string name) => $"""
        format: alliance-agreement/v1
        alliance: {"{"} name: A {"}"}
        agreement: {"{"}{"}"}
        members:
          - {"{"} id: a, name: {name}, kind: enterprise {"}"}
        """;

    [Test]
    public void Compile_FindsTheRulesAndTheirDescriptors() => Rules.Rules.ShouldContain(FailingRule.Rule);

    [Test]
    public void CheckText_RuleMatches_ReportsItsFindingAtTheFact()
    {
        var report = new AgreementChecker(Rules).CheckText(Agreement("fire"));

        report.Verdict.ShouldBe(Verdict.NonCompliant);
        report.Findings.Where(f => f.RuleId == "AC999").ShouldHaveSingleItem().Location.Path.ShouldBe("$.members[0]");
        report.Conditions.Single(c => c.Condition.Id == "8.1").Status.ShouldBe(ConditionStatus.NotMet);
        report.Conditions.Single(c => c.Condition.Id == "pilot").Status.ShouldBe(ConditionStatus.NotAssessed);
    }

    [Test]
    public void CheckText_RuleThrows_ReportsTheDocumentNotAssessedInsteadOfThrowing()
    {
        var report = new AgreementChecker(Rules).CheckText(Agreement("boom"));

        report.Verdict.ShouldBe(Verdict.Invalid);
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("AC008");
        finding.Message.English.ShouldContain("defect");
        report.Conditions.ShouldAllBe(c => c.Status == ConditionStatus.NotAssessed);
    }
}

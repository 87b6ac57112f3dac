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
    public void CheckText_RuleSetStillCompiling_LoadsTheDocumentAndEvaluatesItOnceTheRuleSetIsReady()
    {
        var compiling = new TaskCompletionSource<RuleSet>();
        var checker = new AgreementChecker(compiling.Task);

        var checking = Task.Run(() => checker.CheckText(Agreement("fire")));
        compiling.SetResult(Rules);

        var report = checking.GetAwaiter().GetResult();
        report.Verdict.ShouldBe(Verdict.NonCompliant);
        report.Findings.ShouldContain(f => f.RuleId == "AC999");
        checker.Rules.ShouldBeSameAs(Rules);
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

    [TestCase("")]
    [TestCase("Ａ联盟 🚀 naïve")]
    [TestCase("lone \ud800 surrogate")]
    public void CheckText_ReportsTheSha256OfTheTextsUtf8Bytes_AsCheckingTheFileDoes(string name)
    {
        // Longer than the hash's 4 KB encoding buffer, with a character of four UTF-8 bytes at its edges.
        var text = Agreement("x") + "\n# " + string.Concat(Enumerable.Repeat(name + "🚀é", 700)) + "\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var checker = new AgreementChecker(Rules);

        var fromText = checker.CheckText(text).Sha256;

        fromText.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        fromText.ShouldBe(checker.Check(new MemoryStream(bytes), "a.yaml").Sha256);
    }

    [Test]
    public void Check_ReadsAStreamAfterItsPosition_AsAFileOfTheRest()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("garbage:\n" + Agreement("fire"));
        using var stream = new MemoryStream(bytes);
        stream.Position = "garbage:\n".Length;

        var report = new AgreementChecker(Rules).Check(stream, "a.yaml");

        report.Findings.Where(f => f.RuleId == "AC999").ShouldHaveSingleItem();
        report.Sha256.ShouldBe(new AgreementChecker(Rules).CheckText(Agreement("fire")).Sha256);
    }
}

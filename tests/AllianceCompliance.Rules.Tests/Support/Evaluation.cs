using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Tests.Support;

/// <summary>Runs the compiled rule set on an agreement and asserts on the rule ids it finds.</summary>
internal static class Evaluation
{
    public static IReadOnlyList<Finding> Findings(this AgreementDocument document) =>
        GuidingOpinions.RuleSet.Evaluate(document);

    /// <summary>Asserts the rule fires exactly the given number of times, and returns its findings.</summary>
    public static IReadOnlyList<Finding> ShouldFire(this AgreementDocument document, string ruleId, int times = 1)
    {
        var findings = document.Findings().Where(f => f.RuleId == ruleId).ToList();
        findings.Count.ShouldBe(times, $"{ruleId} should fire {times} time(s); all findings: {Describe(document)}");
        return findings;
    }

    /// <summary>Asserts the rule fires once, as a warning: the agreement is not made non-compliant by it.</summary>
    public static Finding ShouldWarn(this AgreementDocument document, string ruleId)
    {
        var finding = document.ShouldFire(ruleId)[0];
        finding.Severity.ShouldBe(Severity.Warning, $"{ruleId} should be a warning");
        return finding;
    }

    public static void ShouldNotFire(this AgreementDocument document, string ruleId) =>
        document.Findings().Select(f => f.RuleId).ShouldNotContain(ruleId, $"all findings: {Describe(document)}");

    private static string Describe(AgreementDocument document) =>
        string.Join("; ", document.Findings().Select(f => $"{f.RuleId} {f.Message.English}"));
}

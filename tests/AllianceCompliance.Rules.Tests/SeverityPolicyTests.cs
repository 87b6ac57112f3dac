using AllianceCompliance.Findings;

namespace AllianceCompliance.Rules.Tests;

/// <summary>
/// The severity policy (shared/design/agreement-format.md): an error only where a mandatory source or
/// a statute makes it one, and every rule says why in its catalogue text.
/// </summary>
public sealed class SeverityPolicyTests
{
    private static IEnumerable<RuleDescriptor> Rules() => GuidingOpinions.RuleSet.Rules;

    [Test]
    public void EveryRule_HasABasisAndARationale()
    {
        foreach (var rule in Rules())
        {
            rule.Basis.ShouldNotBeNull(rule.Id);
            rule.Rationale.ShouldNotBeNull(rule.Id);
            rule.Rationale.English.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Rationale.Chinese.ShouldNotBeNullOrWhiteSpace(rule.Id);
        }
    }

    [Test]
    public void Errors_RestOnlyOnAMandatorySourceOrAStatute()
    {
        var unfounded = Rules()
            .Where(r => r.Severity == Severity.Error && r.Basis is not (RuleBasis.Mandatory or RuleBasis.Statute))
            .Select(r => r.Id);

        unfounded.ShouldBeEmpty();
    }

    [Test]
    public void PracticeGuidanceAndRecording_AreNeverErrors()
    {
        var tooSevere = Rules()
            .Where(r => r.Basis is RuleBasis.Practice or RuleBasis.Guidance or RuleBasis.Recording && r.Severity == Severity.Error)
            .Select(r => r.Id);

        tooSevere.ShouldBeEmpty();
    }

    [Test]
    public void Rationale_SaysWhetherItIsAnErrorOrAWarning()
    {
        foreach (var rule in Rules())
        {
            var word = rule.Severity == Severity.Error ? "Error:" : "Warning:";
            rule.Rationale!.English.ShouldContain(word, Case.Sensitive, rule.Id);
            rule.Rationale.Chinese.ShouldContain(rule.Severity == Severity.Error ? "错误：" : "警告：", Case.Sensitive, rule.Id);
        }
    }

    [Test]
    public void SecondarySummary_IsNeverCitedInTitleMarks()
    {
        foreach (var rule in Rules())
        {
            rule.Citation.Chinese.ShouldNotContain("《产业技术创新战略联盟构建与管理》", Case.Sensitive, rule.Id);
        }
    }

    [Test]
    public void AgentTerm_IsOneThroughout()
    {
        foreach (var rule in Rules())
        {
            foreach (var text in new[] { rule.Title.Chinese, rule.Message.Chinese, rule.Remediation.Chinese, rule.Rationale!.Chinese })
            {
                text.ShouldNotContain("授权代理人", Case.Sensitive, rule.Id);
                text.ShouldNotContain("受托代理人", Case.Sensitive, rule.Id);
                text.Replace("委托代理人", string.Empty, StringComparison.Ordinal).ShouldNotContain("代理人", Case.Sensitive, rule.Id);
            }
        }
    }
}

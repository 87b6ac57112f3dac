using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class BackgroundIpUnstatedTests
{
    [Test]
    public void Evaluate_NoBackground_FiresQuotingTheIpClause()
    {
        var finding = Some.WithIntellectualProperty(p => p! with { Background = null }).ShouldFire("AC502")[0];

        finding.Location.Path.ShouldBe("$.intellectualProperty.background");
        finding.Clause.ShouldBe("Art. 22");
    }

    [Test]
    public void Evaluate_BlankBackground_Fires() => Some.WithIntellectualProperty(p => p! with { Background = " " }).ShouldFire("AC502");

    [Test]
    public void Evaluate_BackgroundStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC502");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithIntellectualProperty(p => p! with { Background = null });

        document.ShouldWarn("AC502");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class TermEndsBeforeStartTests
{
    private static AgreementDocument EndingOn(DateOnly to) => Some.WithAgreement(a => a with { Term = a.Term! with { To = to } });

    [Test]
    public void Evaluate_EndsOnTheDayItStarts_FiresAtTo()
    {
        var finding = EndingOn(new DateOnly(2012, 8, 29)).ShouldFire("AC702")[0];

        finding.Location.Path.ShouldBe("$.agreement.term.to");
        finding.Message.English.ShouldContain("ends on 2012-08-29, no later than it starts (2012-08-29)");
    }

    [Test]
    public void Evaluate_EndsTheDayAfterItStarts_DoesNotFire() => EndingOn(new DateOnly(2012, 8, 30)).ShouldNotFire("AC702");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Term = a.Term! with { To = new DateOnly(2012, 8, 1) } });

        document.ShouldWarn("AC702");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

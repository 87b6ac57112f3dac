using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class TermUnstatedTests
{
    [Test]
    public void Evaluate_NoTerm_FiresAtTerm()
    {
        var document = Some.WithAgreement(a => a with { Term = null });

        var finding = document.ShouldFire("AC701")[0];

        finding.Location.Path.ShouldBe("$.agreement.term");
        finding.Message.English.ShouldBe("The agreement does not state the start or the end of its term.");
        document.ShouldNotFire("AC220");
    }

    [Test]
    public void Evaluate_NoEnd_FiresAtTo() =>
        Some.WithAgreement(a => a with { Term = a.Term! with { To = null } }).ShouldFire("AC701")[0].Location.Path.ShouldBe("$.agreement.term.to");

    [Test]
    public void Evaluate_StartAndEnd_DoesNotFire() => Some.Agreement().ShouldNotFire("AC701");

    [Test]
    public void Evaluate_OpenEndedTerm_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Term = a.Term! with { To = null } });

        document.ShouldWarn("AC701");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

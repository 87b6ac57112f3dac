using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DissolutionProcedureUnstatedTests
{
    [Test]
    public void Evaluate_ProcedureMissing_FiresQuotingTheClause()
    {
        var finding = Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { Procedure = null } }).ShouldFire("AC706")[0];

        finding.Location.Path.ShouldBe("$.agreement.dissolution.procedure");
        finding.Clause.ShouldBe("Art. 28");
    }

    [Test]
    public void Evaluate_ProcedureStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC706");

    [Test]
    public void Evaluate_TheVariantOnceAnError_OnlyWarns()
    {
        var document = Some.WithAgreement(a => a with { Dissolution = a.Dissolution! with { Procedure = null } });

        document.ShouldWarn("AC706");
        document.Findings().Where(f => f.Severity == Findings.Severity.Error).Select(f => f.RuleId).ShouldBeEmpty();
    }
}

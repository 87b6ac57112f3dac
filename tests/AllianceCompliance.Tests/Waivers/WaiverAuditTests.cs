using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Tests.Waivers;

public sealed class WaiverAuditTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static readonly RuleDescriptor Rule = new(
        "AC104", ConditionId.LegalEntities, Severity.Error, new("Art. 8(1)", "Art. 8(1)"), new("t", "t"), new("m", "m"), new("f", "f"));

    private static readonly WaiverFile File = WaiverFile.Parse("""
        waivers:
          - { rule: AC104, document: a.yaml, justification: Accepted by the council, expires: 2026-12-31 }
          - { rule: AC104, document: b.yaml, justification: Accepted by the council, expires: 2026-12-31 }
          - { rule: AC104, document: c.yaml, justification: Accepted by the council, expires: 2026-12-31 }
          - { rule: AC104, document: d.yaml, justification: Accepted until 2025, expires: 2025-12-31 }
        """, "waivers.yaml", ["AC104"]);

    private static DocumentReport Checked(string path, bool withFinding)
    {
        ImmutableArray<Finding> findings = withFinding ? File.Apply([Rule.At(new("$.members[0]", 10, 5), null)], path, Today) : [];
        return new(path, null, null, Assessment.Verdict(findings, true), Assessment.Conditions(findings, true, false), findings);
    }

    [Test]
    public void Audit_ExpiredAndUnusedWaivers_AreWarningsLocatedInTheWaiversFile()
    {
        File.Errors.ShouldBeEmpty();

        // a.yaml uses its waiver; b.yaml is checked but has nothing to waive; c.yaml is not checked; d's waiver expired.
        var audit = File.Audit([Checked("a.yaml", true), Checked("b.yaml", false)], Today).ShouldNotBeNull();

        audit.Path.ShouldBe("waivers.yaml");
        audit.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Location.Line}:{f.Location.Column}").ShouldBe(
            ["AC021 Warning 3:5", "AC020 Warning 5:5"]);
        audit.Findings[1].Message.English.ShouldContain("expired on 2025-12-31");
        audit.Verdict.ShouldBe(Verdict.CompliantWithWarnings);
    }

    [Test]
    public void Apply_CoveredError_IsWaivedAndDoesNotCountTowardsTheVerdict()
    {
        var report = Checked("a.yaml", true);

        report.Findings.ShouldHaveSingleItem().Waiver!.Justification.ShouldBe("Accepted by the council");
        report.Verdict.ShouldBe(Verdict.Compliant);
        report.Conditions.First(c => c.Condition.Id == ConditionId.LegalEntities).Status.ShouldBe(ConditionStatus.Met);
        ReportSummary.Of([report]).Errors.ShouldBe(0);
    }
}

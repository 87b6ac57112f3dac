using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Tests.Waivers;

public sealed class InlineWaiverTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static readonly RuleDescriptor NotIndependent = new(
        "AC104", ConditionId.LegalEntities, Severity.Error, new("Art. 8(1)", "Art. 8(1)"), new("t", "t"), new("m {0}", "m {0}"), new("f", "f"));

    private static readonly RuleDescriptor NoExpertise = new(
        "AC111", ConditionId.LegalEntities, Severity.Warning, new("Art. 8(1)", "Art. 8(1)"), new("t", "t"), new("m {0}", "m {0}"), new("f", "f"));

    private static readonly IReadOnlySet<string> RuleIds = new HashSet<string>(["AC104", "AC111"]);

    // The waiver is on line 5, its # at column 42.
    private const string Members = """
        format: alliance-agreement/v1
        members:
          - id: corp
            name: Corp
            legalPerson: { independent: false }  # alliance-check: waive AC104 until 2027-06-30: a branch, the parent signs
          - id: uni
            name: Uni
        """;

    [Test]
    public void Apply_TrailingComment_WaivesTheFindingOnItsLineOnly()
    {
        ImmutableArray<Finding> findings = [NotIndependent.At(new("$.members[0].legalPerson.independent", 5, 34), null, "corp"), NotIndependent.At(new("$.members[1]", 6, 5), null, "uni")];

        var applied = InlineWaivers.Apply(findings, Members, RuleIds, Today, allowed: true);

        applied.Length.ShouldBe(2);
        applied[0].Waiver.ShouldNotBeNull().Justification.ShouldBe("a branch, the parent signs");
        applied[0].Waiver!.Expires.ShouldBe(new DateOnly(2027, 6, 30));
        applied[0].Waiver!.Location.Line.ShouldBe(5);
        applied[1].Waived.ShouldBeFalse();
    }

    [Test]
    public void Apply_CommentAboveAnEntry_WaivesFindingsOfThatRuleInTheEntryAndNotBeyond()
    {
        const string yaml = """
            format: alliance-agreement/v1
            members:
              - id: corp
                name: Corp
              # alliance-check: waive AC111 until 2027-06-30: the institute's expertise is in annex 2
              - id: lab
                name: Lab

                kind: research-institute
              - id: lab2
                kind: research-institute
            """;
        ImmutableArray<Finding> findings =
        [
            NoExpertise.At(new("$.members[1]", 6, 5), null, "lab"),
            NoExpertise.At(new("$.members[1].kind", 9, 11), null, "lab"),
            NotIndependent.At(new("$.members[1]", 6, 5), null, "lab"),
            NoExpertise.At(new("$.members[2]", 10, 5), null, "lab2"),
        ];

        var applied = InlineWaivers.Apply(findings, yaml, RuleIds, Today, allowed: true);

        applied.Select(f => f.Waived).ShouldBe([true, true, false, false]);
    }

    [Test]
    public void Apply_CommentAboveASection_CoversAListWrittenAtTheKeysIndentation()
    {
        const string yaml = """
            # alliance-check: waive AC111 until 2027-06-30: every institute's expertise is in annex 2
            members:
            - id: lab
              kind: research-institute
            agreement: {}
            """;
        ImmutableArray<Finding> findings = [NoExpertise.At(new("$.members[0]", 3, 3), null, "lab"), NoExpertise.At(new("$.agreement", 5, 12), null, "x")];

        InlineWaivers.Apply(findings, yaml, RuleIds, Today, allowed: true).Select(f => f.Waived).ShouldBe([true, false]);
    }

    [Test]
    public void Apply_MarkerInsideAQuotedString_IsNotAWaiver()
    {
        const string yaml = """
            members:
              - id: corp
                name: "Corp # alliance-check: waive AC104 until 2027-06-30: forged"
                legalPerson: { independent: false }
            """;
        ImmutableArray<Finding> findings = [NotIndependent.At(new("$.members[0].legalPerson.independent", 4, 34), null, "corp")];

        var applied = InlineWaivers.Apply(findings, yaml, RuleIds, Today, allowed: true);

        applied.ShouldHaveSingleItem().Waived.ShouldBeFalse();
    }

    [Test]
    public void Apply_ExpiredWaiver_WaivesNothingAndIsReportedWhereItIsWritten()
    {
        var yaml = Members.Replace("2027-06-30", "2025-12-31", StringComparison.Ordinal);
        ImmutableArray<Finding> findings = [NotIndependent.At(new("$.members[0].legalPerson.independent", 5, 34), null, "corp")];

        var applied = InlineWaivers.Apply(findings, yaml, RuleIds, Today, allowed: true);

        applied[0].Waived.ShouldBeFalse();
        var expired = applied[1];
        expired.RuleId.ShouldBe("AC020");
        (expired.Location.Line, expired.Location.Column).ShouldBe((5, 42), "the column of its #");
        expired.Message.English.ShouldContain("expired on 2025-12-31");
    }

    [Test]
    public void Apply_WaiverThatAcceptsNothing_IsReportedUnused()
    {
        var applied = InlineWaivers.Apply([], Members, RuleIds, Today, allowed: true);

        var unused = applied.ShouldHaveSingleItem();
        unused.RuleId.ShouldBe("AC021");
        unused.Location.Line.ShouldBe(5);
    }

    [TestCase("# alliance-check: waive AC104: no expiry given", "is not an inline waiver")]
    [TestCase("# alliance-check: waive AC104 until 2027-06-30:", "is not an inline waiver")]
    [TestCase("# alliance-check: waive AC104 until 2027-06-30:    ", "is not an inline waiver")]
    [TestCase("# alliance-check: waive AC1O4 until 2027-06-30: a typo", "'AC1O4' is not a rule id")]
    [TestCase("# alliance-check: waive AC104 until 2027-13-45: bad date", "'2027-13-45' is not a date")]
    [TestCase("# alliance-check: ignore AC104", "is not an inline waiver")]
    public void Apply_MalformedWaiver_IsALocatedErrorAndWaivesNothing(string comment, string expected)
    {
        var yaml = $"members:\n  - id: corp\n    legalPerson: {{ independent: false }}  {comment}\n";
        ImmutableArray<Finding> findings = [NotIndependent.At(new("$.members[0].legalPerson.independent", 3, 34), null, "corp")];

        var applied = InlineWaivers.Apply(findings, yaml, RuleIds, Today, allowed: true);

        applied[0].Waived.ShouldBeFalse();
        var error = applied[1];
        error.RuleId.ShouldBe("AC023");
        error.Severity.ShouldBe(Severity.Error);
        error.Location.Line.ShouldBe(3);
        error.Message.English.ShouldContain(expected);
        Assessment.Verdict(applied, true).ShouldBe(Verdict.Invalid);
    }

    [Test]
    public void Apply_NotAllowed_ReportsEachInlineWaiverAndAppliesNone()
    {
        ImmutableArray<Finding> findings = [NotIndependent.At(new("$.members[0].legalPerson.independent", 5, 34), null, "corp")];

        var applied = InlineWaivers.Apply(findings, Members, RuleIds, Today, allowed: false);

        applied[0].Waived.ShouldBeFalse();
        var reported = applied[1];
        reported.RuleId.ShouldBe("AC024");
        reported.Location.Line.ShouldBe(5);
        reported.Message.English.ShouldContain("waive AC104 until 2027-06-30");
    }
}

using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Tests.Waivers;

public sealed class WaiverFileTests
{
    private static readonly string[] RuleIds = ["AC104", "AC112"];
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static readonly RuleDescriptor Rule = new(
        "AC104", ConditionId.LegalEntities, Severity.Error, new("Art. 8(1)", "Art. 8(1)"), new("t", "t"), new("m", "m"), new("f", "f"));

    private const string Valid = """
        waivers:
          - rule: AC104
            document: samples/*.yaml
            path: $.members[1]
            justification: The branch signs under its parent's power of attorney.
            expires: 2026-03-01
        """;

    [Test]
    public void Parse_ValidEntry_ReadsEveryFieldAndItsLocation()
    {
        var file = WaiverFile.Parse(Valid, "waivers.yaml", RuleIds);

        file.Errors.ShouldBeEmpty();
        var waiver = file.Waivers.ShouldHaveSingleItem();
        waiver.ShouldBe(new Waiver("AC104", "The branch signs under its parent's power of attorney.", new DateOnly(2026, 3, 1))
        {
            Document = "samples/*.yaml",
            Path = "$.members[1]",
            Location = new SourceLocation("$.waivers[0]", 2, 5),
        });
    }

    [TestCase("rule: AC104", "", "AC013 3:5 $.waivers[0].rule")]
    [TestCase("rule: AC104", "rule: AC140", "AC022 2:11 $.waivers[0].rule")]
    [TestCase("path: $.members[1]", "path: members/1", "AC022 4:11 $.waivers[0].path")]
    [TestCase("expires: 2026-03-01", "expires: next year", "AC015 6:14 $.waivers[0].expires")]
    [TestCase("expires: 2026-03-01", "", "AC013 2:5 $.waivers[0].expires")]
    [TestCase("expires: 2026-03-01", "expires: 2026-03-01\n    expiry: 2027-01-01", "AC010 7:5 $.waivers[0].expiry")]
    public void Parse_MalformedEntry_IsALocatedErrorAndNoWaiver(string line, string replacement, string expected)
    {
        var file = WaiverFile.Parse(Valid.Replace(line, replacement, StringComparison.Ordinal), "waivers.yaml", RuleIds);

        file.IsValid.ShouldBeFalse();
        file.Waivers.ShouldBeEmpty();
        file.Errors.Select(e => $"{e.RuleId} {e.Location.Line}:{e.Location.Column} {e.Location.Path}").ShouldBe([expected]);
    }

    [Test]
    public void Parse_EmptyJustification_IsAnError()
    {
        var file = WaiverFile.Parse(Valid.Replace("justification: The branch signs under its parent's power of attorney.", "justification: '  '", StringComparison.Ordinal), "w.yaml", RuleIds);

        file.Errors.ShouldHaveSingleItem().Message.English.ShouldContain("justification is empty");
    }

    [Test]
    public void Parse_UnknownRuleCloseToAKnownOne_SuggestsIt() =>
        WaiverFile.Parse(Valid.Replace("AC104", "AC14", StringComparison.Ordinal), "w.yaml", RuleIds)
            .Errors.ShouldHaveSingleItem().Message.English.ShouldContain("did you mean 'AC104'?");

    [Test]
    public void Parse_NotYaml_IsASyntaxErrorWithItsPosition() =>
        WaiverFile.Parse("waivers: [\n", "w.yaml", RuleIds).Errors.ShouldHaveSingleItem().RuleId.ShouldBe("AC001");

    [Test]
    public void Read_MissingFile_IsAnErrorNotAnException() =>
        WaiverFile.Read("no-such-waivers.yaml", RuleIds).Errors.ShouldHaveSingleItem().RuleId.ShouldBe("AC002");

    [TestCase("$.members[1].legalPerson.independent", true)]
    [TestCase("$.members[1]", true)]
    [TestCase("$.members[10].legalPerson.independent", false)]
    [TestCase("$.members[0]", false)]
    [TestCase("$.membersExtra[1]", false)]
    public void Covers_FindingPath_MatchesExactlyOrBelowAtASegmentBoundary(string path, bool covered) =>
        new Waiver("AC104", "why", null) { Path = "$.members[1]" }.Covers(Rule.At(new(path, 1, 1), null)).ShouldBe(covered);

    [Test]
    public void Covers_OtherRule_IsFalse() =>
        new Waiver("AC112", "why", null).Covers(Rule.At(SourceLocation.Root, null)).ShouldBeFalse();

    [TestCase("samples/coating.yaml", true)]
    [TestCase("./samples/coating.yaml", true)]
    [TestCase("samples/sub/coating.yaml", false)]
    [TestCase("other/coating.yaml", false)]
    public void Apply_DocumentGlob_WaivesOnlyMatchingDocuments(string documentPath, bool waived)
    {
        var file = WaiverFile.Parse(Valid, "waivers.yaml", RuleIds);

        var findings = file.Apply([Rule.At(new("$.members[1].legalPerson.independent", 20, 19), null)], documentPath, Today);

        findings.ShouldHaveSingleItem().Waived.ShouldBe(waived);
    }

    [Test]
    public void Apply_OnItsLastDay_StillWaives() =>
        WaiverFile.Parse(Valid, "w.yaml", RuleIds)
            .Apply([Rule.At(new("$.members[1]", 16, 5), null)], "samples/a.yaml", Today)
            .ShouldHaveSingleItem().Waiver!.Justification.ShouldStartWith("The branch signs");

    [Test]
    public void Apply_AfterItsLastDay_DoesNotWaive() =>
        WaiverFile.Parse(Valid, "w.yaml", RuleIds)
            .Apply([Rule.At(new("$.members[1]", 16, 5), null)], "samples/a.yaml", Today.AddDays(1))
            .ShouldHaveSingleItem().Waived.ShouldBeFalse();
}

using System.Xml.Linq;

namespace AllianceCompliance.Tests.Reporting;

public sealed class JunitReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedXml()
    {
        ReportFixture.Write("junit").ShouldMatchApproved(c => c.WithFileExtension("xml").NoDiff());
    }

    [Test]
    public void Write_FixedReport_HasASuitePerDocumentAndACasePerCondition()
    {
        var xml = XDocument.Parse(ReportFixture.Write("junit"));

        var suites = xml.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string?)s.Attribute("name")).ShouldBe([ReportFixture.ExamplePath, ReportFixture.BrokenPath]);
        suites.ShouldAllBe(s => s.Elements("testcase").Count() == 9 && (int)s.Attribute("tests")! == 9);
        suites[0].Elements("testcase").ShouldAllBe(c => (string?)c.Attribute("classname") == ReportFixture.ExamplePath);
        ((int)xml.Root.Attribute("tests")!).ShouldBe(18);
    }

    [Test]
    public void Write_ConditionNotMet_FailsWithItsErrorsAndListsItsWarnings()
    {
        var example = XDocument.Parse(ReportFixture.Write("junit")).Root!.Elements("testsuite").First();

        var legalEntities = Case(example, "8.1 ");
        var failure = legalEntities.Element("failure").ShouldNotBeNull();
        failure.Value.ShouldContain($"agreements/example.yaml:13:33: error X104 Member '{ReportFixture.ScriptName}' is not an independent legal entity.");
        failure.Value.ShouldContain("cites: Guiding Opinions Art. 8(1); agreement Art. 5");
        failure.Value.ShouldContain("fix: Only independent legal entities");
        legalEntities.Element("system-out")!.Value.ShouldContain("warning X111");
        ((int)example.Attribute("failures")!).ShouldBe(1);
    }

    [Test]
    public void Write_WarningsOrWaivedErrorsOnly_PassesListingThemInSystemOut()
    {
        var example = XDocument.Parse(ReportFixture.Write("junit")).Root!.Elements("testsuite").First();

        var agreement = Case(example, "8.2 ");
        agreement.Element("failure").ShouldBeNull();
        agreement.Element("system-out")!.Value.ShouldContain("warning X201 Goal 'G1' has no due date.");
        var interests = Case(example, "8.5 ");
        interests.Element("failure").ShouldBeNull();
        interests.Element("system-out")!.Value.ShouldContain("waived: Agreed in the side letter <2012-09-01> | signed by all");
    }

    [Test]
    public void Write_ConditionNotAssessed_IsSkipped()
    {
        var example = XDocument.Parse(ReportFixture.Write("junit")).Root!.Elements("testsuite").First();

        Case(example, "pilot ").Element("skipped").ShouldNotBeNull();
        ((int)example.Attribute("skipped")!).ShouldBe(1);
    }

    [Test]
    public void Write_InvalidDocument_ErrorsWithItsLoadErrors()
    {
        var broken = XDocument.Parse(ReportFixture.Write("junit")).Root!.Elements("testsuite").Last();

        var error = broken.Elements("testcase").First().Element("error").ShouldNotBeNull();
        error.Value.ShouldContain("agreements/broken.yaml:2:10: error AC001");
        ((int)broken.Attribute("errors")!).ShouldBe(1);
        ((int)broken.Attribute("skipped")!).ShouldBe(8);
    }

    [Test]
    public void Write_ControlCharacterInAgreementText_StillWritesWellFormedXml()
    {
        var report = ReportFixture.Report();
        var example = report.Documents[0];
        var named = example with { Alliance = "bell\u0007 alliance" };
        var output = new StringWriter();

        new AllianceCompliance.Reporting.JunitReportWriter().Write(report with { Documents = [named] }, output, new());

        XDocument.Parse(output.ToString()).Descendants("property").ShouldContain(p => (string?)p.Attribute("value") == "bell\uFFFD alliance");
    }

    private static XElement Case(XElement suite, string prefix) =>
        suite.Elements("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith(prefix, StringComparison.Ordinal));
}

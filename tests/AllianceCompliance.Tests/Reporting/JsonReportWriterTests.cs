namespace AllianceCompliance.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedJson()
    {
        ReportFixture.Write("json").ShouldMatchApproved(c => c.WithFileExtension("json").NoDiff());
    }
}

namespace AllianceCompliance.Tests.Reporting;

public sealed class TextReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedText()
    {
        ReportFixture.Write("text").ShouldMatchApproved(c => c.WithFileExtension("txt").NoDiff());
    }
}

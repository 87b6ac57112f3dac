using AllianceCompliance.Model;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Tests.Reporting;

public sealed class GithubReportWriterTests
{
    [Test]
    public void Write_FixedReport_MatchesApprovedText()
    {
        ReportFixture.Write("github").ShouldMatchApproved(c => c.WithFileExtension("txt").NoDiff());
    }

    [Test]
    public void Write_FixedReport_AnnotatesEachUnwaivedFindingBySeverityThenSummarises()
    {
        var lines = ReportFixture.Write("github").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Count(l => l.StartsWith("::", StringComparison.Ordinal)).ShouldBe(5);
        lines.ShouldContain(l => l.StartsWith("::error file=agreements/example.yaml,line=13,col=33,title=X104::", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::warning file=agreements/example.yaml,", StringComparison.Ordinal) && l.Contains("title=X201::", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains("title=X701::", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("title=X501", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::error file=agreements/broken.yaml,", StringComparison.Ordinal) && l.Contains("title=AC001::", StringComparison.Ordinal));
        lines[^1].ShouldStartWith("2 document(s):");
    }

    [Test]
    public void Write_HostileAgreementText_CannotEndTheCommandOrForgeAnother()
    {
        const string hostile = "Evil\r\n::error file=forged.yaml,line=1::forged 100%\n\u202E";
        var finding = ReportFixture.NotIndependent.At(new SourceLocation("$.members[0]", 3, 5), null, hostile);
        var document = ReportFixture.Example() with { Path = "odd: dir, x%/a.yaml", Findings = [finding] };
        var output = new StringWriter { NewLine = "\n" };

        new GithubReportWriter().Write(ReportFixture.Report() with { Documents = [document] }, output, new());

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldBe(
            "::error file=odd%3A dir%2C x%25/a.yaml,line=3,col=5,title=X104::"
            + @"Member 'Evil\r\n::error file=forged.yaml,line=1::forged 100%25\n\u202E' is not an independent legal entity."
            + "%0AGuiding Opinions Art. 8(1)%0AOnly independent legal entities can be members; remove it or name the legal entity it belongs to.");
    }

    [Test]
    public void Write_StandardInput_AnnotatesWithoutAFile()
    {
        var document = ReportFixture.Example() with { Path = "-" };
        var output = new StringWriter { NewLine = "\n" };

        new GithubReportWriter().Write(ReportFixture.Report() with { Documents = [document] }, output, new());

        output.ToString().ShouldStartWith("::error title=X104::");
    }
}

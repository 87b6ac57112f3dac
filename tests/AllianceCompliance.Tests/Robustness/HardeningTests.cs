using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCompliance.Files;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;
using AllianceCompliance.Tests.Support;
using AllianceCompliance.Waivers;
using AngleSharp.Html.Parser;
using Markdig;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// The attacks of issue 17 on the library: things that are not regular files, waivers files as
/// hostile as agreements, reports that grow faster than their input, invisible or terminal-control
/// characters in reports, and values the loader used to accept or describe wrongly.
/// </summary>
public sealed partial class HardeningTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly string[] RuleIds = [.. GuidingOpinions.RuleSet.Rules.Select(r => r.Id)];

    [Test]
    public void CheckFile_NamedPipe_IsReportedWithoutOpeningIt()
    {
        using var directory = new Scratch();
        var fifo = directory.Fifo("agreement.yaml");

        var report = Bounded.Run(() => Agreements.Checker.CheckFile(fifo), Deadline, "Checking a FIFO nobody writes to");

        report.Verdict.ShouldBe(Verdict.Invalid);
        report.Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC002");
        report.Findings[0].Message.English.ShouldContain("named pipe (FIFO)");
        FileNode.Of(fifo).Kind.ShouldBe(FileKind.Fifo);
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void CheckFile_Device_IsReportedWithoutReadingIt(string device)
    {
        var report = Bounded.Run(() => Agreements.Checker.CheckFile(device), Deadline, $"Checking {device}");

        report.Findings.ShouldHaveSingleItem().Message.English.ShouldContain("it is a device");
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void ReadWaivers_Device_IsRefusedWithoutReadingIt(string device)
    {
        var waivers = Bounded.Run(() => WaiverFile.Read(device, RuleIds), Deadline, $"Reading {device} as waivers");

        waivers.IsValid.ShouldBeFalse();
        waivers.Errors.ShouldHaveSingleItem().Message.English.ShouldContain("it is a device");
    }

    [Test]
    public void ReadWaivers_NamedPipe_IsRefusedWithoutBlocking()
    {
        using var directory = new Scratch();
        var fifo = directory.Fifo("waivers.yaml");

        var waivers = Bounded.Run(() => WaiverFile.Read(fifo, RuleIds), Deadline, "Reading a FIFO as waivers");

        waivers.Errors.ShouldHaveSingleItem().Message.English.ShouldContain("named pipe (FIFO)");
    }

    [Test]
    public void ReadWaivers_OverTheSizeLimit_IsRefusedAsAnAgreementWouldBe()
    {
        using var directory = new Scratch();
        var path = directory.Write("waivers.yaml", "waivers:\n" + string.Concat(Enumerable.Repeat("  - { rule: AC104, justification: accepted, expires: 2099-01-01 }\n", 2000)));

        var waivers = WaiverFile.Read(path, RuleIds, new LoadLimits { MaxBytes = 10_000 });

        waivers.Errors.ShouldHaveSingleItem().RuleId.ShouldBe("AC003");
    }

    [Test]
    public void ReadWaivers_Latin1Text_IsRefusedAtTheFirstBadByteNotDecodedLeniently()
    {
        using var directory = new Scratch();
        var path = directory.Combine("waivers.yaml");
        File.WriteAllBytes(path, [.. "waivers:\n  - { rule: AC104, justification: \"Caf"u8, 0xE9, .. "\", expires: 2099-01-01 }\n"u8]);

        var waivers = WaiverFile.Read(path, RuleIds);

        var error = waivers.Errors.ShouldHaveSingleItem();
        error.RuleId.ShouldBe("AC069");
        (error.Location.Line, error.Location.Column).ShouldBe((2, "  - { rule: AC104, justification: \"Caf".Length + 1));
    }

    [TestCase("  name: !!null Example Coatings Alliance", "!!null")]
    [TestCase("  name: !!seq Example Coatings Alliance", "!!seq")]
    [TestCase("  name: !!bool Example Coatings Alliance", "!!bool")]
    [TestCase("  name: !!int Example Coatings Alliance", "!!int")]
    public void Load_CoreTagContradictingItsScalar_IsRefusedWhereItIs(string line, string tag)
    {
        var text = Agreements.Compliant.Replace("  name: Example Coatings Technology Innovation Strategic Alliance", line, StringComparison.Ordinal);
        text.ShouldNotBe(Agreements.Compliant);

        var report = Agreements.Check(text);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("AC040");
        finding.Message.English.ShouldContain(tag);
        (finding.Location.Line, finding.Location.Column).ShouldBe((4, 9));
    }

    [Test]
    public void Load_SequenceTagOnAMapping_IsRefused()
    {
        var text = Agreements.Compliant.Replace("alliance:\n", "alliance: !!seq\n", StringComparison.Ordinal);

        var finding = Agreements.Check(text).Findings.ShouldHaveSingleItem();

        finding.RuleId.ShouldBe("AC040");
        finding.Message.English.ShouldBe("The tag !!seq does not fit this value: it is a mapping.");
    }

    [TestCase("!!str", "name: !!str Example")]
    [TestCase("!!int", "noticeDays: !!int 30")]
    [TestCase("!!map", "alliance: !!map")]
    public void Load_CoreTagThatFits_IsAccepted(string tag, string sample)
    {
        var text = Agreements.Compliant
            .Replace("noticeDays: 30", tag == "!!int" ? "noticeDays: !!int 30" : "noticeDays: 30", StringComparison.Ordinal)
            .Replace("alliance:\n", tag == "!!map" ? "alliance: !!map\n" : "alliance:\n", StringComparison.Ordinal)
            .Replace("  name: Example Coatings", tag == "!!str" ? "  name: !!str Example Coatings" : "  name: Example Coatings", StringComparison.Ordinal);
        text.ShouldNotBe(Agreements.Compliant, sample);

        Agreements.Check(text).Verdict.ShouldBe(Verdict.Compliant);
    }

    [TestCase("noticeDays: 30", "noticeDays: -30")]
    [TestCase("fullTimeStaff: 3", "fullTimeStaff: -3")]
    [TestCase("meetingsPerYear: 2", "meetingsPerYear: -2")]
    public void Load_NegativeCount_IsRefused(string old, string negative)
    {
        var finding = Agreements.Check(Agreements.Compliant.Replace(old, negative, StringComparison.Ordinal)).Findings.ShouldHaveSingleItem();

        finding.RuleId.ShouldBe("AC016");
        finding.Message.English.ShouldBe($"'{negative.Split(' ')[1]}' is not a whole number of 0 or more.");
    }

    [Test]
    public void Load_WholeNumberTooLarge_IsSaidToBeOutOfRangeNotNotAWholeNumber()
    {
        var finding = Agreements.Check(Agreements.Compliant.Replace("noticeDays: 30", "noticeDays: 99999999999", StringComparison.Ordinal)).Findings.ShouldHaveSingleItem();

        finding.RuleId.ShouldBe("AC016");
        finding.Message.English.ShouldContain("too large");
        finding.Message.English.ShouldNotContain("is not a whole number.");
    }

    [Test]
    public void Limits_NegativeOrUnboundedDepth_AreRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new LoadLimits { MaxBytes = -1 });
        Should.Throw<ArgumentOutOfRangeException>(() => new LoadLimits { MaxDepth = -1 });
        Should.Throw<ArgumentOutOfRangeException>(() => new LoadLimits { MaxDepth = LoadLimits.MaxDepthCap + 1 });
        new LoadLimits { MaxDepth = LoadLimits.MaxDepthCap }.MaxDepth.ShouldBe(1000);
    }

    [Test]
    public void Load_NestingAtTheHighestDepthAllowed_IsReadUnderTheDeadline()
    {
        var limits = new LoadLimits { MaxDepth = LoadLimits.MaxDepthCap };
        var checker = new AgreementChecker(GuidingOpinions.RuleSet, limits);
        var deep = "format: alliance-agreement/v1\nalliance: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var report = Agreements.Check(deep, checker);

        report.Findings.ShouldContain(f => f.RuleId == "AC004");
    }

    [Test]
    public void Reports_OneLineAgreementOfAThousandMembers_StayLinearInEveryFormat()
    {
        // YAML is a superset of JSON: the baseline as JSON is one line. Each member not independent
        // gives one finding on that line; each is quoted in a window, not the whole 100+ KB line.
        var json = YamlAsJson.Convert(Agreements.Compliant)!.AsObject();
        var members = json["members"]!.AsArray();
        var sources = json["funds"]!["sources"]!.AsArray();
        for (var i = 0; i < 1000; i++)
        {
            var member = members[1]!.DeepClone().AsObject();
            member["id"] = $"member{i}";
            member["legalPerson"]!["independent"] = false;
            members.Add(member);

            // Each contributes (AC432 would add a second finding per member).
            var contribution = sources[0]!.DeepClone().AsObject();
            contribution["from"] = $"member{i}";
            sources.Add(contribution);
        }

        var text = json.ToJsonString();
        text.ShouldNotContain('\n');
        text.Length.ShouldBeGreaterThan(200_000);
        var report = Report(text);
        report.Documents[0].Findings.Length.ShouldBeGreaterThanOrEqualTo(1000);

        foreach (var writer in ReportWriters.All)
        {
            var size = Written(writer, report).Length;
            TestContext.Out.WriteLine($"{writer.Format}: {size} characters for {text.Length} in, {report.Documents[0].Findings.Length} findings");
            size.ShouldBeLessThan(5_000_000, $"the {writer.Format} report");
        }
    }

    [Test]
    public void Reports_LongValueInAMessage_IsCutWithAnEllipsisInEveryFormat()
    {
        var value = new string('k', 200_000);
        var report = Report(Agreements.Compliant.Replace("kind: university", $"kind: {value}", StringComparison.Ordinal));
        var message = report.Documents[0].Findings.ShouldHaveSingleItem().Message.English;

        message.Length.ShouldBeLessThan(1000);
        message.ShouldContain("…");
        foreach (var writer in ReportWriters.All)
        {
            Written(writer, report).Length.ShouldBeLessThan(100_000, $"the {writer.Format} report");
        }
    }

    [TestCase("text")]
    [TestCase("markdown")]
    [TestCase("html")]
    public void Reports_BidiOverrideAndZeroWidthCharacters_AreVisibleEscapesInHumanReadableFormats(string format)
    {
        var name = "Example \u202Egnp.exe\u202C Alliance\u200B\uFEFF";
        var report = Report(Agreements.Compliant.Replace("name: Example Coatings Technology Innovation Strategic Alliance", $"name: \"{name}\"", StringComparison.Ordinal)
            .Replace("kind: enterprise", "kind: enterprize", StringComparison.Ordinal));

        var written = Written(ReportWriters.Get(format), report);

        written.IndexOfAny(['\u202E', '\u202C', '\u200B', '\uFEFF']).ShouldBe(-1);
        written.ShouldContain("u202E");
        written.ShouldContain("uFEFF");
    }

    [Test]
    public void Text_BackslashByteOrderMarkAndZeroWidthSpace_AreVisible()
    {
        Printable.Text("\uFEFFalliance").ShouldBe("\\uFEFFalliance");
        Printable.Text("alli\u200Bance").ShouldBe("alli\\u200Bance");
        Printable.Text(@"a\u001Bb").ShouldBe(@"a\\u001Bb");
        Printable.Text("a\u001Bb").ShouldBe(@"a\u001Bb");
    }

    [Test]
    public void Text_ExplainedFactWithTerminalEscapes_IsEscaped()
    {
        var finding = GuidingOpinions.RuleSet.Rules.First(r => r.Id == "AC104").At(SourceLocation.Root, null) with { Evidence = [new("Name = \u001b[2J\u001b]0;owned\u0007", "Name = \u001b[2J\u001b]0;owned\u0007")] };
        var report = new CheckReport("1.0.0", "rules", "1", [new DocumentReport("a.yaml", null, null, Verdict.NonCompliant, [], [finding])]);

        var text = Written(ReportWriters.Get("text"), report);

        text.IndexOfAny(['\u001b', '\u0007']).ShouldBe(-1);
        text.ShouldContain("matched: Name = \\u001B[2J\\u001B]0;owned\\u0007");
    }

    [Test]
    public void Text_UnknownKeyWithAByteOrderMark_ShowsHowItDiffersFromTheKnownKey()
    {
        var report = Report(Agreements.Compliant.Replace("alliance:\n", "\uFEFFalliance:\n", StringComparison.Ordinal));

        var text = Written(ReportWriters.Get("text"), report);

        text.ShouldContain("Unknown key '\\uFEFFalliance'");
    }

    [Test]
    public void Html_ControlCharacters_AreNeverNumericReferences()
    {
        var report = Report(Agreements.Compliant
            .Replace("name: Example Coatings Technology Innovation Strategic Alliance", "name: \"Example\\a\\e[2J\\x7F\\x85 Alliance\"", StringComparison.Ordinal)
            .Replace("kind: enterprise", "kind: enterprize", StringComparison.Ordinal));

        var html = Written(ReportWriters.Get("html"), report);

        html.ShouldContain("Example\\u0007\\u001B[2J\\u007F\\u0085 Alliance");
        foreach (Match reference in NumericReference().Matches(html))
        {
            var code = reference.Groups["hex"].Success
                ? Convert.ToInt32(reference.Groups["hex"].Value, 16)
                : int.Parse(reference.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture);
            char.IsControl((char)code).ShouldBeFalse(reference.Value);
        }
    }

    [Test]
    public void Markdown_AgreementTextWithLinksImagesAndAddresses_RendersWithoutAnyLinkOrImage()
    {
        const string hostile = "Example https://evil.example www.evil.example someone@evil.example @octocat ![x](https://evil.example/p.png) <img src=x> Alliance";
        var report = Report(Agreements.Compliant
            .Replace("name: Example Coatings Technology Innovation Strategic Alliance", $"name: \"{hostile}\"", StringComparison.Ordinal)
            .Replace("kind: enterprise", "kind: enterprize", StringComparison.Ordinal)
            .Replace("expertise: National", "expertise: https://evil.example/x www.evil.example National", StringComparison.Ordinal));
        var gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseAutoLinks().Build();

        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(Written(ReportWriters.Get("markdown"), report), gfm));

        html.Body!.TextContent.ShouldContain(hostile);
        html.QuerySelectorAll("a, img").ShouldBeEmpty();
    }

    [TestCase("b.y?ml", new[] { "b.yaml" })]
    [TestCase("[ab].yaml", new[] { "a.yaml", "b.yaml" })]
    [TestCase("[!a].yaml", new[] { "b.yaml", "c.yaml" })]
    [TestCase("dir/**/[a-b]?yaml", new[] { "dir/a.yaml", "dir/x/y/b.yaml" })]
    public void Glob_QuestionMarkAndSets_Match(string pattern, string[] expected)
    {
        string[] paths = ["a.yaml", "b.yaml", "c.yaml", "ab.yaml", "dir/a.yaml", "dir/x/y/b.yaml", "dir/x/c.yaml"];

        paths.Where(Glob.Of(pattern).Matches).ShouldBe(expected);
    }

    [Test]
    public void Waivers_DocumentGlobWithQuestionMarkOrSet_AppliesAndIsReportedUnusedWhenUnused()
    {
        var waivers = WaiverFile.Parse(
            "waivers:\n  - { rule: AC104, document: \"agreements/b?.yaml\", justification: accepted, expires: 2099-01-01 }\n  - { rule: AC105, document: \"agreements/[bc]1.yaml\", justification: accepted, expires: 2099-01-01 }\n",
            "waivers.yaml",
            RuleIds);
        waivers.IsValid.ShouldBeTrue(string.Join("; ", waivers.Errors.Select(e => e.Message.English)));
        var finding = GuidingOpinions.RuleSet.Rules.First(r => r.Id == "AC104").At(SourceLocation.Root, null);
        var today = new DateOnly(2026, 1, 1);

        var applied = waivers.Apply([finding], "agreements/b1.yaml", today);
        var audit = waivers.Audit([new DocumentReport("agreements/b1.yaml", null, null, Verdict.NonCompliant, [], applied)], today);

        applied.ShouldHaveSingleItem().Waived.ShouldBeTrue();
        audit.ShouldNotBeNull().Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC021");
        audit.Findings[0].Message.English.ShouldContain("[bc]1.yaml");
    }

    private static CheckReport Report(string text)
    {
        var document = Bounded.Run(() => new AgreementChecker(GuidingOpinions.RuleSet) { KeepText = true }.CheckText(text, "agreement.yaml"), Deadline, "Checking the agreement");
        return new CheckReport("1.0.0", "rules", "1", [document]);
    }

    private static string Written(IReportWriter writer, CheckReport report)
    {
        using var output = new StringWriter();
        writer.Write(report, output, new ReportOptions(Language.English) { SourceText = d => d.Text });
        return output.ToString();
    }

    [GeneratedRegex("&#(x(?<hex>[0-9a-fA-F]+)|(?<dec>[0-9]+));")]
    private static partial Regex NumericReference();

    /// <summary>A temporary directory for files, FIFOs and links.</summary>
    private sealed class Scratch : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("alliance-hardening-").FullName;

        public string Combine(string name) => System.IO.Path.Combine(Path, name);

        public string Write(string name, string text)
        {
            File.WriteAllText(Combine(name), text);
            return Combine(name);
        }

        public string Fifo(string name)
        {
            var path = Combine(name);
            using var mkfifo = Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AllianceCompliance.Loading;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// With <c>--lang zh-CN</c> a Chinese legal adviser reads no English: every human-readable format,
/// over every sample, a Chinese agreement and files the loader refuses, with the facts each finding
/// matched (<c>--explain</c>); the help of every command; and standard error of the common mistakes,
/// hold no English word that came neither from the agreement nor from a key, value, option or
/// command the user types.
/// </summary>
public sealed partial class ChineseReportTests
{
    private static readonly string ChineseAgreement = Path.Combine(Repository.Root, "tests", "AllianceCompliance.Cli.Tests", "Chinese", "hunan-rail-traction-zh.yaml");

    /// <summary>Names that are not English words: the tool, the file format and encodings, the rule set's id.</summary>
    private static readonly string[] ProperNames = ["alliance-check", "YAML", "UTF-8", "UTF-16", "UTF-32", "GB18030", "GBK", "U", "GB", "guiding-opinions-2008", "YYYY-MM-DD", "SHA-256", "UTC", "CNY"];

    /// <summary>Commands and options the reports tell the user to type.</summary>
    private static readonly string[] Commands = ["iconv", "f", "t", "in", "out", "yaml", "max-bytes", "help"];

    /// <summary>
    /// What the help and the command line's messages may show besides: the commands, options and
    /// values typed, the variables and files named, and the names of formats and programs.
    /// </summary>
    private static readonly string[] Typed =
    [
        "check", "annotate", "rules", "schema", "init", "h", "help", "version", "lang", "en", "zh-CN", "format", "o", "output",
        "fail-on", "error", "warning", "new", "never", "max-bytes", "max-depth", "waivers", "no-inline-waivers", "baseline",
        "explain", "draft", "force", "text", "json", "sarif", "junit", "markdown", "html", "github", "docx", "yml",
        "LC_ALL", "LC_MESSAGES", "LANG", "FIFO", "JSON", "Schema", "draft-07", "Word", "ZIP", "b", "bogus", "nope", "abc", "MEMO", "PREVIOUS",
    ];

    public static IEnumerable<string> Formats() => ["text", "markdown", "html", "junit", "json", "sarif"];

    [TestCaseSource(nameof(Formats))]
    public void Check_InChinese_SaysNoEnglishWordOfItsOwn(string format)
    {
        using var files = new Agreements();
        var inputs = Directory.EnumerateFiles(Cli.Samples, "*.yaml").Order(StringComparer.Ordinal)
            .Append(ChineseAgreement)
            .Append(files.Write("broken.yaml", "format: alliance-agreement/v1\nalliance:\n  name: 联盟\n members: []\n"))
            .Append(files.Write("colon.yaml", "format: alliance-agreement/v1\nalliance:\n  name：测试联盟\n"))
            .Append(files.Write("kind.yaml", "format: alliance-agreement/v1\nmembers:\n  - { id: a, name: 甲公司, kind: 企业 }\n"))
            .Append(Path.Combine(files.Folder, "missing.yaml"))
            .ToList();
        var gbk = Path.Combine(files.Folder, "gbk.yaml");
        File.WriteAllBytes(gbk, CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("format: alliance-agreement/v1\nalliance:\n  name: 测试联盟\n"));
        inputs.Add(gbk);

        var (exit, output, error) = Cli.Run(["check", .. inputs, "--format", format, "--lang", "zh-CN", "--explain"]);

        exit.ShouldBe(2);
        var allowed = Allowed(inputs);
        Unexplained(Readable(format, output), allowed).ShouldBeEmpty();
        // Standard error may also name what was typed on the command line (an option, a format).
        Unexplained(error, [.. allowed, .. Typed]).ShouldBeEmpty();
        // The test reads the words it should: Chinese ones, in quantity, and the facts of --explain where the format shows them.
        Readable(format, output).Count(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeGreaterThan(1000);
        if (format is "text" or "json")
        {
            Readable(format, output).ShouldContain("成员名单（成员 6 家）");
            Readable(format, output).ShouldContain("条款解读：$.intellectualProperty.licensing（协议第三十一条；成果许可使用条件，第 364 行）");
        }
    }

    public static IEnumerable<string[]> HelpCommandLines() =>
    [
        ["--help"], ["check", "--help"], ["annotate", "--help"], ["rules", "--help"], ["schema", "--help"], ["init", "--help"],
        ["--lang", "zh-CN", "check", "--help"],
    ];

    [TestCaseSource(nameof(HelpCommandLines))]
    public void Help_InChinese_SaysNoEnglishWordOfItsOwn_WithFullWidthPunctuation(string[] args)
    {
        var chinese = new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" };

        var (exit, help, error) = Cli.RunWithLocale(chinese, args);

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        help.ShouldContain("用法：");
        help.ShouldContain("选项：");
        help.ShouldNotContain(":\n", Case.Sensitive);
        Unexplained(help, Allowed(Typed)).ShouldBeEmpty();
        Cli.Run([.. args.Where(a => a is not ("--lang" or "zh-CN")), "--lang", "zh-CN"]).Out.ShouldBe(help);
    }

    [Test]
    public void Help_OfCheck_InChinese_PutsTheDefaultsInsideTheSentence()
    {
        var (_, help, _) = Cli.Run("check", "--help", "--lang", "zh-CN");

        help.ShouldContain("报告格式（默认：text）。");
        help.ShouldContain("--max-bytes <字节数>");
        help.ShouldNotContain("default", Case.Insensitive);
    }

    public static IEnumerable<TestCaseData> CommonMistakes()
    {
        yield return new TestCaseData((object)new[] { "check", "{folder}/missing.yaml" }).SetName("MissingFile");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--output", "{folder}" }).SetName("OutputIsAFolder");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--output", "{folder}/no/such/folder/report.txt" }).SetName("OutputInAMissingFolder");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--bogus" }).SetName("UnknownOption");
        yield return new TestCaseData((object)new[] { "chek", "{sample}" }).SetName("UnknownCommand");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--format", "nope" }).SetName("UnknownValue");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--max-bytes", "abc" }).SetName("NotANumber");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--format" }).SetName("MissingValue");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--format", "json", "--format", "text" }).SetName("RepeatedOption");
        yield return new TestCaseData((object)new[] { "check" }).SetName("NoInput");
        yield return new TestCaseData((object)Array.Empty<string>()).SetName("NoCommand");
        yield return new TestCaseData((object)new[] { "annotate", "{sample}" }).SetName("MissingRequiredOption");
        yield return new TestCaseData((object)new[] { "annotate", "{sample}", "--draft", "{folder}/missing.docx", "-o", "{folder}/out.docx" }).SetName("MissingDraft");
        yield return new TestCaseData((object)new[] { "annotate", "{sample}", "--draft", "{folder}/draft.docx", "-o", "{folder}/out.docx" }).SetName("DraftNotAWordDocument");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--baseline", "{folder}/missing.json" }).SetName("MissingBaseline");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--baseline", "{folder}/draft.docx" }).SetName("BaselineNotJson");
        yield return new TestCaseData((object)new[] { "rules", "--output", "{folder}" }).SetName("CatalogueToAFolder");
        yield return new TestCaseData((object)new[] { "check", "{sample}", "--fail-on", "new" }).SetName("FailOnNewWithoutBaseline");
    }

    [TestCaseSource(nameof(CommonMistakes))]
    public void CommonMistake_InChinese_StandardErrorSaysNoEnglishWordOfItsOwn(string[] args)
    {
        using var files = new Agreements();
        File.WriteAllText(Path.Combine(files.Folder, "draft.docx"), "not a Word document");
        var sample = Path.Combine(Cli.Samples, "coating-alliance.yaml");
        string[] line = [.. args.Select(a => a.Replace("{folder}", files.Folder, StringComparison.Ordinal).Replace("{sample}", sample, StringComparison.Ordinal)), "--lang", "zh-CN"];

        var (exit, output, error) = Cli.Run(args is [] ? ["--lang", "zh-CN"] : line);

        // A file that cannot be read is a finding of the report (AC002); every other mistake is told on standard error.
        var told = args is ["check", "{folder}/missing.yaml"] ? output : error;
        exit.ShouldBe(2);
        told.Count(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeGreaterThan(5);
        // Only the words typed are allowed here (not the sample's own text: no report of it is printed).
        Unexplained(output + "\n" + error, [.. line.Concat(Typed).SelectMany(Words), .. ProperNames, .. Commands]).ShouldBeEmpty();
    }

    [Test]
    public void Check_InChinese_StandardErrorIsChinese()
    {
        using var files = new Agreements();

        var (exit, _, error) = Cli.Run("check", Path.Combine(files.Folder, "*.yaml"), "--lang", "zh-CN");

        exit.ShouldBe(2);
        error.ShouldContain("alliance-check：没有与");
        Unexplained(error, Allowed([files.Folder])).ShouldBeEmpty();
    }

    [Test]
    public void Check_InChinese_TheMemoRefusedOnATerminalAndTheNotesOnOtherFilesAreChinese()
    {
        using var files = new Agreements();
        var sample = Path.Combine(Cli.Samples, "coating-alliance.yaml");
        var waivers = files.Write("waivers.yaml", "waivers:\n  - rule: AC112\n    justification: 不适用\n    expires: 2099-01-01\n");
        var baseline = files.Write("previous.json", Cli.Run("check", ChineseAgreement, "--format", "json").Out);

        var (memoExit, _, memoError) = Cli.RunOnTerminal("check", sample, "--format", "docx", "--lang", "zh-CN");
        var (_, _, notesError) = Cli.Run("check", sample, waivers, "--waivers", waivers, "--baseline", baseline, "--lang", "zh-CN");

        memoExit.ShouldBe(2);
        memoError.ShouldContain("alliance-check：--format docx 生成 Word 文档");
        notesError.ShouldContain("是豁免文件（--waivers），不是协议");
        notesError.ShouldContain("中没有");
        var named = Allowed([sample, waivers, baseline, ChineseAgreement]);
        named.UnionWith(Typed);
        Unexplained(memoError + "\n" + notesError, named).ShouldBeEmpty();
    }

    /// <summary>What a reader reads of a report: all of text and Markdown; the text of HTML; the messages of JUnit, JSON and SARIF.</summary>
    private static string Readable(string format, string output) => format switch
    {
        "html" => new HtmlParser().ParseDocument(output) is var page
            ? page.Title + "\n" + string.Join("\n", page.Body!.GetDescendants().OfType<IText>().Select(t => t.Data))
            : string.Empty,
        "junit" => string.Join("\n", XDocument.Parse(output).Descendants()
            .Where(e => e.Name != "property")
            .SelectMany(e => e.Attributes().Where(a => a.Name == "name" || a.Name == "message").Select(a => a.Value)
                .Concat(e.Name == "failure" || e.Name == "error" || e.Name == "system-out" ? [e.Value] : []))),
        "json" => Strings((JContainer)JToken.Parse(output), "title", "message", "citation", "remediation"),
        "sarif" => Strings((JContainer)JToken.Parse(output), "text", "markdown", "citation", "remediation"),
        _ => output,
    };

    private static string Strings(JContainer json, params string[] names) =>
        string.Join("\n", json.Descendants().OfType<JProperty>()
            .Where(p => (names.Contains(p.Name) && p.Value.Type == JTokenType.String) || (p.Name == "evidence" && p.Value.Type == JTokenType.Array))
            .SelectMany(p => p.Value.Type == JTokenType.Array ? p.Value.Values<string>() : [(string?)p.Value]));

    /// <summary>The words a report may show in zh-CN: the agreements' own, the format's keys and values, the paths, names and commands.</summary>
    private static HashSet<string> Allowed(IEnumerable<string> inputs)
    {
        var allowed = new HashSet<string>(ProperNames.Concat(Commands), StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            allowed.UnionWith(Words(input));
            if (File.Exists(input) && !input.EndsWith("gbk.yaml", StringComparison.Ordinal))
            {
                allowed.UnionWith(Words(File.ReadAllText(input)));
            }
        }

        var schema = JObject.Parse(AgreementSchema.Json);
        allowed.UnionWith(schema.Descendants().OfType<JProperty>().Select(p => p.Name));
        allowed.UnionWith(schema.Descendants().OfType<JProperty>().Where(p => p.Name == "enum").SelectMany(p => p.Value.Values<string>()).OfType<string>());
        return allowed;
    }

    /// <summary>The Latin words of a text that are not allowed, whole or (when hyphenated) in every part.</summary>
    private static List<string> Unexplained(string text, HashSet<string> allowed) =>
        [.. Word().Matches(CutValue().Replace(text, "…")).Select(m => m.Value)
            .Where(w => char.IsAsciiLetter(w[0]) && !RuleId().IsMatch(w) && !Digest().IsMatch(w) && !allowed.Contains(w) && !w.Split('-').All(allowed.Contains))
            .Distinct()];

    /// <summary>The Latin words of a text, hyphenated ones whole and in parts.</summary>
    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value).SelectMany(w => w.Contains('-', StringComparison.Ordinal) ? [w, .. w.Split('-')] : new[] { w })
            .Where(w => w.Length > 0 && char.IsAsciiLetter(w[0]));

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")]
    private static partial Regex Word();

    // A file's SHA-256, as the HTML report gives it.
    [GeneratedRegex(@"^[0-9a-f]{64}$")]
    private static partial Regex Digest();

    // The end of a value from the agreement that a report cut short ("changchu…"): the agreement's, not ours.
    [GeneratedRegex(@"[A-Za-z0-9_-]+…")]
    private static partial Regex CutValue();

    [GeneratedRegex(@"^AC[0-9]{3}$")]
    private static partial Regex RuleId();
}

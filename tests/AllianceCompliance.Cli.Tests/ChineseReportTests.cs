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
/// over every sample, a Chinese agreement and files the loader refuses, and standard error, hold no
/// English word that came neither from the agreement nor from a key, value or command the user types.
/// </summary>
public sealed partial class ChineseReportTests
{
    private static readonly string ChineseAgreement = Path.Combine(Repository.Root, "tests", "AllianceCompliance.Cli.Tests", "Chinese", "hunan-rail-traction-zh.yaml");

    /// <summary>Names that are not English words: the tool, the file format and encodings, the rule set's id.</summary>
    private static readonly string[] ProperNames = ["alliance-check", "YAML", "UTF-8", "UTF-16", "UTF-32", "GB18030", "GBK", "U", "GB", "guiding-opinions-2008", "YYYY-MM-DD", "SHA-256", "UTC", "CNY"];

    /// <summary>Commands and options the reports tell the user to type.</summary>
    private static readonly string[] Commands = ["iconv", "f", "t", "in", "out", "yaml", "max-bytes", "help"];

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

        var (exit, output, error) = Cli.Run(["check", .. inputs, "--format", format, "--lang", "zh-CN"]);

        exit.ShouldBe(2);
        var allowed = Allowed(inputs);
        Unexplained(Readable(format, output) + "\n" + error, allowed).ShouldBeEmpty();
        // The test reads the words it should: Chinese ones, in quantity.
        Readable(format, output).Count(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeGreaterThan(1000);
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
        string.Join("\n", json.Descendants().OfType<JProperty>().Where(p => names.Contains(p.Name) && p.Value.Type == JTokenType.String).Select(p => (string)p.Value!));

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

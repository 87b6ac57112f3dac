using System.Text.RegularExpressions;
using AllianceCompliance.Tests.Support;

namespace AllianceCompliance.Tests.Resources;

/// <summary>
/// The writers, the loader's messages, the command line and the rules say nothing of their own:
/// every word comes from the string tables (the rules': rules/AllianceCompliance.Rules/Resources),
/// but for a rule's own descriptor, which holds its catalogue texts in both languages. Their source
/// holds no Chinese and no English sentence in a string literal.
/// </summary>
public sealed partial class NoLanguageLiteralsTests
{
    private static readonly string[] Folders =
    [
        Path.Combine("src", "AllianceCompliance", "Reporting"),
        Path.Combine("src", "AllianceCompliance", "Loading"),
        Path.Combine("src", "AllianceCompliance", "Waivers"),
        Path.Combine("src", "AllianceCompliance.Cli"),
        Path.Combine("rules", "AllianceCompliance.Rules"),
    ];

    /// <summary>
    /// The rules' catalogue texts, in both languages by design (rules/AUTHORING.md): each rule's
    /// descriptor (from <c>RuleDescriptor Rule = new(</c> to <c>Descriptor => Rule;</c>), and these files
    /// of texts that descriptors share.
    /// </summary>
    private static readonly Dictionary<string, string> CatalogueTexts = new(StringComparer.Ordinal)
    {
        [Path.Combine("rules", "AllianceCompliance.Rules", "Cite.cs")] = "the provisions the descriptors cite, as each language cites them",
        [Path.Combine("rules", "AllianceCompliance.Rules", "Why.cs")] = "the source sentences the descriptors' rationales quote, in each language",
    };

    /// <summary>Files allowed English phrases in literals, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["YamlMessages.cs"] = "the YAML parser's own messages, recognised to be replaced by ours",
        ["HtmlStyle.cs"] = "CSS",
        ["AgreementSchema.cs"] = "the JSON Schema's title and description for editors (schema/alliance-agreement-v1.schema.json)",
        ["SchemaShapes.cs"] = "the JSON Schema's descriptions for editors",
        ["Insiders.cs"] = "how agreements refer to the alliance without its name (the alliance, this alliance), recognised in a supervisor's name",
    };

    /// <summary>
    /// Files whose code holds Chinese that is data, not words shown: patterns that recognise what
    /// people write in a draft or what the rules' messages put around an id. Nothing they hold is said
    /// to a reader; each is listed with what it recognises.
    /// </summary>
    private static readonly Dictionary<string, string> ChinesePatterns = new(StringComparer.Ordinal)
    {
        [Path.Combine("src", "AllianceCompliance.Cli", "Docx", "ArticleNumber.cs")] =
            "the article and paragraph numbers of a draft (第十二条, 第二款, 第一章) and Chinese numerals (十二, 一百零五), read from and written into list numbers",
        [Path.Combine("src", "AllianceCompliance.Cli", "Docx", "DraftArticles.cs")] =
            "the full-width sentence ends (。 ；) that tell a draft's article heading from its first provision",
        [Path.Combine("src", "AllianceCompliance", "Reporting", "Review", "DraftParts.cs")] =
            "the full-width brackets (出席人数要求（quorum）) in which the rules' Chinese fix-its give a key after the words it stands for, left out of the review",
        [Path.Combine("rules", "AllianceCompliance.Rules", "Reading", "AnnexLabel.cs")] =
            "the Chinese numerals of an annex's label (附件二, 附件十二)",
        [Path.Combine("rules", "AllianceCompliance.Rules", "Reading", "PhraseReader.cs")] =
            "the full-width brackets, quotes and sentence ends (《》 “” 。 、) that bound the phrases a clause's text is read for",
        [Path.Combine("rules", "AllianceCompliance.Rules", "LegalEntities", "BranchStatedIndependent.cs")] =
            "the endings of a branch's registered name (分公司, 分行, 办事处)",
        [Path.Combine("rules", "AllianceCompliance.Rules", "FundManagement", "Insiders.cs")] =
            "how agreements refer to the alliance without its name (联盟, 本联盟, 该联盟), recognised in a supervisor's name",
    };

    /// <summary>Literals that are not language, and why.</summary>
    private static readonly Dictionary<string, string> NotWords = new(StringComparer.Ordinal)
    {
        ["\"dotnet run --project src/AllianceCompliance.Cli -- rules --format markdown --lang en --output rules/RULES.md\""] = "a command",
        ["\"Times New Roman\""] = "a font's name (the memo's Latin letters and digits)",
        ["\"Courier New\""] = "a font's name (the memo's YAML paths and digests)",
        ["\"Table Text\""] = "the name of a style of the memo's Word document, as Word identifies it",
        ["\"yyyy-MM-dd HH:mm\""] = "a date and time format",
    };

    public static IEnumerable<string> Sources() =>
        Folders.SelectMany(f => Directory.EnumerateFiles(Repository.File(f), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Repository.Root, p))
            .Order(StringComparer.Ordinal);

    [Test]
    public void Sources_AreFound() => Sources().Count().ShouldBeGreaterThan(30);

    [Test]
    public void ChinesePatterns_AreStillThere()
    {
        // An exemption ends with its need: a listed file must exist, be scanned, and hold Chinese in its code.
        foreach (var path in ChinesePatterns.Keys.Concat(CatalogueTexts.Keys))
        {
            Sources().ShouldContain(path);
            File.ReadAllLines(Repository.File(path))
                .Any(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && l.Any(IsChinese))
                .ShouldBeTrue(path);
        }
    }

    [Test]
    public void RuleDescriptors_AreFound()
    {
        // The rules' descriptors are exempt as a block; a rule whose descriptor the block did not find would be scanned whole and fail.
        var rules = Sources().Where(p => p.StartsWith("rules", StringComparison.Ordinal)).ToList();
        rules.Count(p => Code(p).Count() < File.ReadAllLines(Repository.File(p)).Length).ShouldBeGreaterThan(100);
        Code(Path.Combine("rules", "AllianceCompliance.Rules", "LegalEntities", "MemberUnnamed.cs"))
            .ShouldNotContain(l => l.Text.Contains("has no name", StringComparison.Ordinal));
    }

    [TestCaseSource(nameof(Sources))]
    public void Source_HoldsNoChinese(string path)
    {
        // Comments may show what the product says; code may not say it.
        if (ChinesePatterns.ContainsKey(path) || CatalogueTexts.ContainsKey(path))
        {
            return;
        }

        var chinese = Code(path).Select(l => (text: l.Text.Trim(), line: l.Line))
            .Where(l => !l.text.StartsWith("//", StringComparison.Ordinal) && l.text.Any(IsChinese))
            .Select(l => $"{l.line}: {l.text}");
        chinese.ShouldBeEmpty();
    }

    [TestCaseSource(nameof(Sources))]
    public void Source_HoldsNoEnglishSentenceInALiteral(string path)
    {
        if (Allowed.ContainsKey(Path.GetFileName(path)) || CatalogueTexts.ContainsKey(path))
        {
            return;
        }

        var sentences = new List<string>();
        foreach (var (text, number) in Code(path))
        {
            var line = text.Trim();
            // Comments are for developers; so are the messages of exceptions that report a defect of the caller.
            if (line.StartsWith("//", StringComparison.Ordinal) || line.Contains("Exception(", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match literal in Literal().Matches(line))
            {
                var words = Markup().Replace(Hole().Replace(literal.Value, " "), " ");
                if (Sentence().IsMatch(words) && !NotWords.ContainsKey(literal.Value))
                {
                    sentences.Add($"{number}: {literal.Value}");
                }
            }
        }

        sentences.ShouldBeEmpty();
    }

    /// <summary>The lines of a source file with their numbers, but for a rule's descriptor (its catalogue texts).</summary>
    private static IEnumerable<(string Text, int Line)> Code(string path)
    {
        var inDescriptor = false;
        foreach (var (text, i) in File.ReadAllLines(Repository.File(path)).Select((t, i) => (t, i)))
        {
            inDescriptor = inDescriptor ? !text.Contains("Descriptor => Rule;", StringComparison.Ordinal) : text.Contains("RuleDescriptor Rule = new(", StringComparison.Ordinal);
            if (!inDescriptor)
            {
                yield return (text, i + 1);
            }
        }
    }

    private static bool IsChinese(char c) => c is >= '\u3000' and <= '\u303f' or >= '\u4e00' and <= '\u9fff' or >= '\uff00' and <= '\uffef';

    // A string literal, verbatim or not, interpolated or not.
    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex Literal();

    // An interpolation hole or a placeholder.
    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    // An HTML or XML tag, even a cut one.
    [GeneratedRegex(@"<[^>]*>?")]
    private static partial Regex Markup();

    // Two words in a row: a phrase someone would read.
    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Sentence();
}

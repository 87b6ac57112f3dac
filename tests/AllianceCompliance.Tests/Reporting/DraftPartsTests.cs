using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Rules;
using AllianceCompliance.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Tests.Reporting;

/// <summary>
/// The review speaks of the draft in a lawyer's words: where a finding is (article, part, member)
/// and how to fix it, without the agreement format's keys that the rules' fix-its name.
/// </summary>
public sealed partial class DraftPartsTests
{
    private const string Agreement = """
        format: alliance-agreement/v1
        alliance: { name: Example Alliance, leadMember: corp }
        members:
          - { id: corp, name: Example Corp, localName: 示例公司, kind: enterprise }
          - { id: csu, name: Central South University, localName: 中南大学, kind: university }
        agreement:
          clause: 第十二条
          goals:
            - { id: G1, statement: Develop coatings }
          signatures:
            - { member: corp, signatory: Zhang San, capacity: legal-representative, sealed: true }
            - { member: csu, signatory: Li Si, capacity: authorized-agent }
        """;

    /// <summary>Every key and value the agreement format has, read from its JSON Schema.</summary>
    private static readonly HashSet<string> FormatWords = ReadFormatWords();

    public static IEnumerable<RuleDescriptor> Rules() => GuidingOpinions.RuleSet.Rules.Where(r => r.Condition is not null);

    [TestCaseSource(nameof(Rules))]
    public void Fix_OfEveryRuleInChinese_NamesNoKeyOfTheFormat(RuleDescriptor rule)
    {
        var fix = Parts(Language.Chinese).Fix(rule.At(new SourceLocation("$", 1, 1), null));

        Latin().Matches(fix).Select(m => m.Value).Where(FormatWords.Contains).ShouldBeEmpty(fix);
    }

    [TestCaseSource(nameof(Rules))]
    public void Fix_OfEveryRuleInEnglish_QuotesNoKeyOfTheFormat(RuleDescriptor rule)
    {
        var fix = Parts(Language.English).Fix(rule.At(new SourceLocation("$", 1, 1), null));

        Quoted().Matches(fix).Select(m => m.Groups["key"].Value).Where(FormatWords.Contains).ShouldBeEmpty(fix);
    }

    [Test]
    public void Fix_InChinese_NamesThePartOfTheDraftWithoutTheSpacesAroundTheKey()
    {
        var fix = Parts(Language.Chinese).Fix(Rule("AC208").At(new SourceLocation("$.members[1]", 1, 1), "第十二条"));

        fix.ShouldStartWith("在签署页中补充其法定代表人");
    }

    [Test]
    public void Fix_WithAValue_SaysTheValueInWordsAndOnce()
    {
        var fix = Parts(Language.Chinese).Fix(Rule("AC216").At(new SourceLocation("$.agreement.signatures[1]", 1, 1), null));

        fix.ShouldContain("签署身份为“法定代表人”");
        fix.ShouldContain("签署身份为“委托代理人”，");
    }

    [Test]
    public void Fix_InEnglish_ReadsTheKeyInThePlaceOfTheFinding()
    {
        var fix = Parts(Language.English).Fix(Rule("AC202").At(new SourceLocation("$.agreement.goals[0].measure", 1, 1), null));

        fix.ShouldStartWith("Add the measure of achievement to the goal:");
    }

    [Test]
    public void Fix_OfAValueListedInTwoLists_NamesItAsTheListTheTextSpeaksOf()
    {
        var fix = Parts(Language.Chinese).Fix(Rule("AC404").At(new SourceLocation("$.funds.managementMeasures.covers", 1, 1), null));

        fix.ShouldContain("组织实施、配套经费、经费使用、监督检查、责任追究、知识产权共享");
    }

    [Test]
    public void Where_GivesTheArticleThePartAndTheMemberByName()
    {
        var where = Parts(Language.Chinese).Where(Rule("AC210").At(new SourceLocation("$.agreement.signatures[1].authorization", 1, 1), "第十二条"));

        where.ShouldBe("第十二条，签署页（中南大学）中的授权委托书");
    }

    [Test]
    public void Where_InEnglish_WithoutAnArticle_SaysTheFileNamesNone()
    {
        var where = Parts(Language.English).Where(Rule("AC110").At(new SourceLocation("$.members[0].standing", 1, 1), null));

        where.ShouldBe("list of member units (Example Corp): evidence of leading standing (no article named in the file)");
    }

    private static DraftParts Parts(Language language)
    {
        var document = new AgreementLoader().Load(Agreement).Document;
        return new DraftParts(document, new Names(document, language), language);
    }

    private static RuleDescriptor Rule(string id) => GuidingOpinions.RuleSet.Rules.Single(r => r.Id == id);

    private static HashSet<string> ReadFormatWords()
    {
        var schema = JObject.Parse(File.ReadAllText(Repository.File("schema", "alliance-agreement-v1.schema.json")));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in schema.Descendants().OfType<JProperty>())
        {
            if (token.Name == "properties" && token.Value is JObject properties)
            {
                words.UnionWith(properties.Properties().Select(p => p.Name));
            }
            else if (token.Name == "enum" && token.Value is JArray values)
            {
                words.UnionWith(values.Select(v => v.ToString()).Where(v => v.Length > 0));
            }
        }

        return words;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[\-][A-Za-z][A-Za-z0-9]*)*")]
    private static partial Regex Latin();

    [GeneratedRegex(@"'(?<key>[A-Za-z][A-Za-z0-9\-]*)(?:[.:][^']*)?'")]
    private static partial Regex Quoted();
}

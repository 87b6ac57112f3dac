using System.Reflection;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Tests.Resources;

/// <summary>The two string tables say the same things: the same keys, the same placeholders, nothing left out.</summary>
public sealed partial class StringTableTests
{
    private static readonly string[] English = [.. Words.Keys(Language.English).Order(StringComparer.Ordinal)];
    private static readonly string[] Chinese = [.. Words.Keys(Language.Chinese).Order(StringComparer.Ordinal)];

    [Test]
    public void Tables_HaveTheSameKeys()
    {
        English.Except(Chinese).ShouldBeEmpty("keys only in English.resx");
        Chinese.Except(English).ShouldBeEmpty("keys only in Chinese.resx");
        English.Length.ShouldBeGreaterThan(200);
    }

    [Test]
    public void EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        foreach (var key in English)
        {
            Placeholders(Words.Get(key, Language.Chinese)).ShouldBe(Placeholders(Words.Get(key, Language.English)), key);
        }
    }

    [Test]
    public void ChineseTexts_CallAnAgentByOneTerm()
    {
        // As the rule set does (SeverityPolicyTests): 委托代理人, the Civil Code's term, never its variants.
        foreach (var key in Chinese)
        {
            var text = Words.Get(key, Language.Chinese);
            text.ShouldNotContain("授权代理人", Case.Sensitive, key);
            text.ShouldNotContain("受托代理人", Case.Sensitive, key);
        }
    }

    [Test]
    public void EveryChineseText_IsWrittenInChinese()
    {
        // A Chinese text may hold values to type (keys, enum values, commands) but must say something in Chinese;
        // a text that is only its placeholder passes its value through.
        foreach (var key in Chinese.Where(k => !k.StartsWith("Verdict.", StringComparison.Ordinal) && k is not ("ValueSeparator" or "Cli.FullStop" or "Label" or "Parenthesised" or "Cli.Prefix" or "Review.SeverityTag" or "Review.Separator" or "Review.Determiners" or "Review.WhereInArticle" or "NamedWithId" or "QuotedId")))
        {
            var text = Words.Get(key, Language.Chinese);
            if (!HasChinese(text) && text != "{0}")
            {
                Assert.Fail($"{key}: '{text}' has no Chinese");
            }
        }
    }

    [Test]
    public void EveryTypedText_ReadsAKeyOfBothTables()
    {
        var properties = typeof(Words).GetNestedTypes().Append(typeof(Words))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(LocalizedText))
            .ToList();

        properties.Count.ShouldBeGreaterThan(100);
        foreach (var property in properties)
        {
            Should.NotThrow(() => property.GetValue(null), property.Name);
        }
    }

    [Test]
    public void EveryKeyOfTheTables_IsUsed()
    {
        var typed = typeof(Words).GetNestedTypes().Select(t => (Prefix: t.Name + ".", Type: t)).Append((Prefix: string.Empty, Type: typeof(Words)))
            .SelectMany(n => n.Type.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => n.Prefix + p.Name));
        var data = new[] { "Severity.", "Verdict.", "Status.", "Condition.", "Value.", "Basis.", "Node.", "AC0", "Review.Part." }.Concat(ReviewNames).ToArray();
        English.Except(typed).Where(k => !data.Any(k.StartsWith)).ShouldBeEmpty("keys no code reads");
        English.Where(k => k.StartsWith("AC0", StringComparison.Ordinal)).Select(k => k[..5]).Distinct()
            .ShouldBe(LoadErrors.All.Concat(WaiverRules.All).Select(r => r.Id).Order(StringComparer.Ordinal), ignoreOrder: true);
    }

    [Test]
    public void TheReview_NamesEveryValueItShows_InBothLanguages()
    {
        LocalizedText[] names =
        [
            .. Enum.GetValues<Verdict>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<ConditionStatus>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<Severity>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<MemberKind>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<BodyRole>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<SignatoryCapacity>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<FundSourceKind>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<FundTopic>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<DisputeMethod>().Select(v => Words.Review.Of(v)),
            .. Enum.GetValues<PilotMaterial>().Select(v => Words.Review.Of(v)),
        ];

        // One key per value shown, none left over from a value that is gone.
        English.Count(k => ReviewNames.Any(k.StartsWith)).ShouldBe(names.Length);
        Words.Review.Of(Verdict.CompliantWithWarnings).ShouldBe(new LocalizedText("Compliant, with warnings", "合规但有警告"));
        Words.Review.Of(MemberKind.ResearchInstitute).ShouldBe(new LocalizedText("research institute", "科研机构"));
        Words.Review.Of(FundTopic.IpSharing).ShouldBe(new LocalizedText("IP sharing", "知识产权共享"));
    }

    [Test]
    public void EveryEnumValueOfTheFormat_IsExplainedInChinese()
    {
        var enums = typeof(AgreementLoader).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == "AllianceCompliance.Model");
        foreach (var type in enums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                var written = Regex.Replace(name, "(?<!^)([A-Z])", "-$1").ToLowerInvariant();
                var text = Words.Get($"Value.{type.Name}.{written}");
                text.English.ShouldBe(written);
                text.Chinese.ShouldStartWith(written + "（");
            }
        }
    }

    [Test]
    public void EveryPartOfTheAgreement_HasANameForExplanations_AndNoNameIsLeftOver()
    {
        var nodes = typeof(Node).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Node)) && !t.IsAbstract).ToList();
        foreach (var node in nodes)
        {
            HasChinese(Words.Evidence.NameOf(node).Chinese).ShouldBeTrue(node.Name);
        }

        English.Where(k => k.StartsWith("Node.", StringComparison.Ordinal)).Select(k => k["Node.".Length..])
            .ShouldBe(nodes.Select(n => n.Name), ignoreOrder: true);
        Words.Evidence.NameOf(typeof(Member)).ShouldBe(new LocalizedText("Member", "成员"));
    }

    [Test]
    public void EveryConditionVerdictStatusAndSeverity_HasAName()
    {
        foreach (var id in ConditionId.All)
        {
            HasChinese(Words.Get($"Condition.{id}.Name", Language.Chinese)).ShouldBeTrue(id);
        }

        Words.Get("Condition.8.2.Name", Language.Chinese).ShouldBe("第八条第（二）项");
        Words.Get("Condition.clauses.Name", Language.Chinese).ShouldBe("一般条款");
        Words.Get("Condition.pilot.Name", Language.Chinese).ShouldBe("试点申报材料");
        Words.Get("Severity.error", Language.Chinese).ShouldBe("错误");
        Words.Get("Severity.warning", Language.Chinese).ShouldBe("警告");
        Words.Get("Severity.info", Language.Chinese).ShouldBe("提示");
    }

    /// <summary>The keys of the names the review gives to values (read by <see cref="Words.Review"/>'s Of methods).</summary>
    private static readonly string[] ReviewNames = ["Review.Verdict.", "Review.Status.", "Review.Severity.", "Review.Value."];

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

using System.Reflection;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Rules.Tests.Resources;

/// <summary>
/// The rules' string tables (rules/AllianceCompliance.Rules/Resources) say the same things in both
/// languages: the same keys, the same placeholders, every key read by the rules and every text the
/// rules read there.
/// </summary>
public sealed partial class RuleWordsTests
{
    private static readonly string[] English = [.. RuleWords.Keys(Language.English).Order(StringComparer.Ordinal)];
    private static readonly string[] Chinese = [.. RuleWords.Keys(Language.Chinese).Order(StringComparer.Ordinal)];

    [Test]
    public void Tables_HaveTheSameKeys()
    {
        English.Except(Chinese).ShouldBeEmpty("keys only in English.resx");
        Chinese.Except(English).ShouldBeEmpty("keys only in Chinese.resx");
        English.Length.ShouldBeGreaterThan(40);
    }

    [Test]
    public void EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        foreach (var key in English)
        {
            Placeholders(RuleWords.Get(key, Language.Chinese)).ShouldBe(Placeholders(RuleWords.Get(key, Language.English)), key);
        }
    }

    [Test]
    public void EveryChineseText_IsWrittenInChinese()
    {
        // Punctuation only: the list's separator and the brackets around the measures' title.
        foreach (var key in Chinese.Where(k => k is not ("ListSeparator" or "FundTopic.MeasuresDocument")))
        {
            RuleWords.Get(key, Language.Chinese).Any(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeTrue(key);
        }
    }

    [Test]
    public void EveryKey_IsReadByATypedText_AndEveryTypedText_ReadsAKey()
    {
        var properties = typeof(RuleWords).GetNestedTypes().Select(t => (Prefix: t.Name + ".", Type: t)).Append((Prefix: string.Empty, Type: typeof(RuleWords)))
            .SelectMany(n => n.Type.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (Key: n.Prefix + p.Name, Property: p)))
            .ToList();

        foreach (var (key, property) in properties)
        {
            Should.NotThrow(() => property.GetValue(null), key);
        }

        English.Except(properties.Select(p => p.Key)).ShouldBeEmpty("keys no code reads");
    }

    [Test]
    public void List_JoinsTheEnglishWayAndTheChineseWay()
    {
        LocalizedText[] names = [new("A", "甲"), new("B", "乙"), new("C", "丙")];

        Names.List(names).ShouldBe(new LocalizedText("A, B and C", "甲、乙和丙"));
        Names.List(names[..2]).ShouldBe(new LocalizedText("A and B", "甲和乙"));
        Names.List(names[..1]).ShouldBe(names[0]);
        Names.List([]).ShouldBe(LocalizedText.Empty);
    }

    [Test]
    public void List_OfNamesWithBraces_KeepsThemAsWritten() =>
        Names.List([new("{0} Ltd.", "{0}公司"), new("B", "乙")]).ShouldBe(new LocalizedText("{0} Ltd. and B", "{0}公司和乙"));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

using System.Text.RegularExpressions;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed partial class RulesCommandTests
{
    private const string Regenerate = "dotnet run --project src/AllianceCompliance.Cli -- rules --format markdown --lang en --output rules/RULES.md";

    [Test]
    public void Rules_Markdown_EqualsTheCommittedRulesMd()
    {
        var (exit, output, _) = Cli.Run("rules", "--format", "markdown");

        exit.ShouldBe(0);
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "rules", "RULES.md"));
        output.ReplaceLineEndings("\n").ShouldBe(
            committed.ReplaceLineEndings("\n"),
            $"rules/RULES.md is out of date; regenerate it from the repository root with: {Regenerate}");
    }

    [Test]
    public void Rules_ShowsThePhrasesEachReadingRuleReactsTo()
    {
        var (_, text, _) = Cli.Run("rules", "--lang", "zh-CN");
        var (_, json, _) = Cli.Run("rules", "--format", "json");

        var refusal = text[text.IndexOf("AC640 ", StringComparison.Ordinal)..text.IndexOf("AC641 ", StringComparison.Ordinal)];
        refusal.ShouldContain("识别用语（条款阅读词表；[x]：仅当整个值为该用语时）: ");
        refusal.ShouldContain("不再吸收");
        refusal.ShouldContain("no new members");
        var rules = JObject.Parse(json)["rules"]!;
        rules.Single(r => (string?)r["id"] == "AC540")!["phrases"]!.Values<string>().ShouldContain("另行约定");
        rules.Single(r => (string?)r["id"] == "AC110")!["phrases"]!.Values<string>().ShouldContain("[暂无]");
        rules.Single(r => (string?)r["id"] == "AC101")!["phrases"]!.ShouldBeEmpty();
    }

    [Test]
    public void Rules_Json_ListsEveryCompiledRuleAndLoadErrorAndNothingElse()
    {
        var (exit, output, _) = Cli.Run("rules", "--format", "json");

        exit.ShouldBe(0);
        var listed = JObject.Parse(output)["rules"]!.Select(r => (string)r["id"]!).ToList();
        var compiled = LoadErrors.All.Concat(WaiverRules.All).Concat(GuidingOpinions.RuleSet.Rules).Select(r => r.Id).ToList();
        listed.ShouldBe(compiled.Order(StringComparer.Ordinal), ignoreOrder: false);
        listed.ShouldBeUnique();
        listed.ShouldAllBe(id => RuleId().IsMatch(id));
    }

    [Test]
    public void Rules_Json_GivesEveryTextInBothLanguages()
    {
        var rules = JObject.Parse(Cli.Run("rules", "--format", "json").Out)["rules"]!;

        foreach (var rule in rules)
        {
            foreach (var field in new[] { "title", "message", "remediation", "citation" })
            {
                ((string?)rule[field]!["en"]).ShouldNotBeNullOrWhiteSpace($"{rule["id"]} {field} en");
                ((string?)rule[field]!["zh-CN"]).ShouldNotBeNullOrWhiteSpace($"{rule["id"]} {field} zh-CN");
            }

            ((string?)rule["severity"]).ShouldBeOneOf("error", "warning", "info");
        }
    }

    [Test]
    public void Rules_Markdown_ShowsBothLanguagesOfEachRule()
    {
        var output = Cli.Run("rules", "--format", "markdown").Out;

        output.ShouldContain("### AC112");
        output.ShouldContain("| title | Lead member is not an enterprise | 牵头单位不是企业 |");
    }

    [TestCase("en", "AC104 8.1 error: Member is not an independent legal entity", "fix: Make the legal person it belongs to the member")]
    [TestCase("zh-CN", "AC104 第八条第（一）项 错误：成员不是独立法人", "修改建议：改由其所属的法人单位作为成员")]
    public void Rules_Text_FollowsLang(string lang, string heading, string fix)
    {
        var (exit, output, _) = Cli.Run("rules", "--lang", lang);

        exit.ShouldBe(0);
        output.ShouldContain(heading);
        output.ShouldContain(fix);
    }

    [TestCase("en", "    basis: drafting practice", "    why: Common alliance agreement templates")]
    [TestCase("zh-CN", "    性质：起草惯例", "    理由：常见联盟协议范本")]
    public void Rules_Text_ShowsEachRulesBasisAndWhy(string lang, string basis, string why)
    {
        var output = Cli.Run("rules", "--lang", lang).Out;

        output.ShouldContain(basis);
        output.ShouldContain(why);
    }

    [Test]
    public void Rules_Json_GivesEachRuleItsBasisAndRationale()
    {
        var rules = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run("rules", "--format", "json").Out)["rules"]!;

        var seal = rules.Single(r => (string?)r["id"] == "AC214");
        ((string?)seal["severity"]).ShouldBe("warning");
        ((string?)seal["basis"]).ShouldBe("recording");
        ((string)seal["rationale"]!["en"]!).ShouldContain("Civil Code Art. 490");
        ((string?)rules.Single(r => (string?)r["id"] == "AC711")["basis"]).ShouldBe("statute");
        ((string?)rules.Single(r => (string?)r["id"] == "AC001")["basis"]).ShouldBe("format");
    }

    [Test]
    public void Rules_Markdown_ShowsTheBasisInTheIndexAndEachSection()
    {
        var output = Cli.Run("rules", "--format", "markdown").Out;

        output.ShouldContain("| id | condition | severity | basis | title |");
        output.ShouldContain("| [AC208](#ac208) | 8.2 | error | mandatory source | Member has not signed |");
        output.ShouldContain("- Basis: drafting practice");
        output.ShouldContain("| why | Art. 8(2): ");
    }

    [Test]
    public void Rules_UnknownFormat_ExitsTwo()
    {
        Cli.Run("rules", "--format", "sarif").Exit.ShouldBe(2);
    }

    [GeneratedRegex(@"^AC\d{3}$")]
    private static partial Regex RuleId();
}

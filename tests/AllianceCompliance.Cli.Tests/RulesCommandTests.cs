using System.Text.RegularExpressions;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Cli.Tests;

public sealed partial class RulesCommandTests
{
    private const string Regenerate = "dotnet run --project src/AllianceCompliance.Cli -- rules --format markdown --output rules/RULES.md";

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

    [TestCase("en", "AC112 8.1 error: Lead member is not an enterprise", "fix: Make an enterprise member the lead unit")]
    [TestCase("zh-CN", "AC112 8.1 错误: 牵头单位不是企业", "修改建议: 由企业成员担任牵头单位")]
    public void Rules_Text_FollowsLang(string lang, string heading, string fix)
    {
        var (exit, output, _) = Cli.Run("rules", "--lang", lang);

        exit.ShouldBe(0);
        output.ShouldContain(heading);
        output.ShouldContain(fix);
    }

    [Test]
    public void Rules_UnknownFormat_ExitsTwo()
    {
        Cli.Run("rules", "--format", "sarif").Exit.ShouldBe(2);
    }

    [GeneratedRegex(@"^AC\d{3}$")]
    private static partial Regex RuleId();
}

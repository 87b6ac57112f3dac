namespace AllianceCompliance.Cli.Tests;

/// <summary><c>--lang</c> defaults from the locale of the environment; an explicit <c>--lang</c> wins.</summary>
public sealed class LanguageTests
{
    private static readonly Dictionary<string, string> NoLocale = [];

    [TestCase("LANG", "zh_CN.UTF-8")]
    [TestCase("LANG", "zh_TW.UTF-8")]
    [TestCase("LC_MESSAGES", "zh_CN.GB18030")]
    [TestCase("LC_ALL", "zh_HK")]
    public void Check_ChineseLocale_ReportsInChinese(string variable, string locale)
    {
        var (_, output, _) = Cli.RunWithLocale(new Dictionary<string, string> { [variable] = locale }, "check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"));

        output.ShouldContain("错误 AC103");
        output.ShouldContain("不合规");
    }

    [TestCase("C")]
    [TestCase("en_US.UTF-8")]
    [TestCase("")]
    public void Check_OtherLocale_ReportsInEnglish(string locale)
    {
        var (_, output, _) = Cli.RunWithLocale(new Dictionary<string, string> { ["LANG"] = locale }, "check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"));

        output.ShouldContain("error AC103");
        output.ShouldContain("non-compliant");
    }

    [Test]
    public void Check_LcAllBeforeLang_AsPosixOrdersThem()
    {
        var (_, output, _) = Cli.RunWithLocale(
            new Dictionary<string, string> { ["LC_ALL"] = "en_US.UTF-8", ["LANG"] = "zh_CN.UTF-8" }, "check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"));

        output.ShouldContain("non-compliant");
    }

    [Test]
    public void Check_ExplicitLang_WinsOverTheLocale()
    {
        var (_, english, _) = Cli.RunWithLocale(
            new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" }, "check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"), "--lang", "en");
        var (_, chinese, _) = Cli.RunWithLocale(
            new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8" }, "check", Path.Combine(Cli.Samples, "fujian-nylon-alliance.yaml"), "--lang", "zh-CN");

        english.ShouldContain("non-compliant");
        chinese.ShouldContain("不合规");
    }

    [Test]
    public void Usage_ChineseLocale_ErrorsAndHelpInChinese()
    {
        var locale = new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" };

        var (exit, _, error) = Cli.RunWithLocale(locale, "check", "--format", "nope", "x.yaml");
        var (_, help, _) = Cli.RunWithLocale(locale, "check", "--help");

        exit.ShouldBe(2);
        error.ShouldContain("alliance-check：命令行有误：“nope”不是 --format 的可选值；可选值：text、json、sarif、junit、markdown、html、github、docx。");
        error.ShouldContain("运行 alliance-check --help 查看用法。");
        help.ShouldContain("报告格式（默认：text）。");
        help.ShouldContain("用法：\n  alliance-check check <协议>... [选项]\n");
    }

    [Test]
    public void Help_English_SameLayoutInEnglishWords()
    {
        var (exit, help, _) = Cli.RunWithLocale(NoLocale, "check", "--help");

        exit.ShouldBe(0);
        help.ShouldContain("Usage:\n  alliance-check check <inputs>... [options]\n");
        help.ShouldContain("Options:\n  -?, -h, --help ");
        help.ShouldContain("Report format (default: text).");
    }

    [Test]
    public void Check_ValueNotANumber_IsAParseErrorNotAnInternalOne()
    {
        var (exit, _, error) = Cli.RunWithLocale(NoLocale, "check", "x.yaml", "--max-bytes", "abc");

        exit.ShouldBe(2);
        error.ShouldBe("alliance-check: The value of --max-bytes must be a whole number, not 'abc'.\nRun 'alliance-check --help' for usage.\n", StringCompareShould.IgnoreLineEndings);
    }

    [Test]
    public void Rules_ChineseLocale_CatalogueInChinese()
    {
        var (_, output, _) = Cli.RunWithLocale(new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" }, "rules");

        output.ShouldContain("AC104 第八条第（一）项 错误：成员不是独立法人");
        Cli.RunWithLocale(NoLocale, "rules").Out.ShouldContain("AC104 8.1 error: Member is not an independent legal entity");
    }
}

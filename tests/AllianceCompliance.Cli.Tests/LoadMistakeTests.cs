using System.Text;

namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// What a Chinese user's draft commonly gets wrong in typing or saving is one located finding that
/// says what was typed and what to type (or how to mend the file), in both languages, with exit code 2;
/// never a cascade of errors that follow from the same spot.
/// </summary>
public sealed class LoadMistakeTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(Cli.Samples, "coating-alliance.yaml"));

    private const string Council = "members: [tianjin-lighthouse, shandong-benteng, jiangsu-lanhai, tianjin-university, cas-nimte, cncia]";

    [TestCase("【", "】")]
    [TestCase("［", "］")]
    [TestCase("〔", "〕")]
    public void Check_ListBetweenFullWidthBrackets_IsOneFindingWithTheWholeCorrectedList(string open, string close)
    {
        var typed = Council.Replace("[", open).Replace("]", close);
        var (zh, en) = CheckBoth(Sample.Replace(Council, typed), out var line);

        var list = "tianjin-lighthouse, shandong-benteng, jiangsu-lanhai, tianjin-university, cas-nimte, cncia";
        zh.ShouldBe($"{line}:16: 错误 AC067 “{open}{list}{close}”使用了全角括号“{open}{close}”，YAML 会把它读作文本，而不是列表或映射。应写作：[{list}]");
        en.ShouldBe($"{line}:16: error AC067 '{open}{list}{close}' is written between the full-width brackets '{open}{close}', so YAML reads it as text, not as a list or mapping. Type: [{list}]");
    }

    [Test]
    public void Check_FullWidthColonAfterAKeyInBraces_IsOneFindingWithoutFollowOns()
    {
        const string Task = "- { member: cas-nimte, goal: G4, work: Electrochemical";
        var (zh, en) = CheckBoth(Sample.Replace(Task, Task.Replace("member: ", "member：")), out var line);

        zh.ShouldBe($"{line}:9: 错误 AC051 键“member”后使用了全角冒号“：”；YAML 只把半角冒号加空格当作键的结尾。应写作：member: cas-nimte");
        en.ShouldBe($"{line}:9: error AC051 The key 'member' is followed by a full-width colon '：'; YAML ends a key only with an ASCII colon and a space. Type: member: cas-nimte");
    }

    [Test]
    public void Check_FullWidthCommaBetweenEntriesInBraces_IsOneFindingWithTheCorrectedEntries()
    {
        const string Task = "- { member: cas-nimte, goal: G4, work: Electrochemical";
        var (zh, en) = CheckBoth(Sample.Replace(Task, Task.Replace("cas-nimte, goal", "cas-nimte，goal")), out var line);

        zh.ShouldStartWith($"{line}:26: 错误 AC052 “{{ member: cas-nimte，goal: G4, work: Electrochemical");
        zh.ShouldContain("”中的全角“，”不能分隔 [ ] 或 { } 中的各值，YAML 会把它们读作一个值。应写作：{ member: cas-nimte, goal: G4, work: Electrochemical");
        en.ShouldStartWith($"{line}:26: error AC052 The full-width '，' in '{{ member: cas-nimte，goal: G4");
    }

    [Test]
    public void Check_ChineseBracketsInsideAValue_AreNotAMistake()
    {
        var (exit, output, _) = CheckText(Sample.Replace("  name: China Coating", "  name: 〔2008〕【试点】China Coating"));

        exit.ShouldBe(0, output);
    }

    [Test]
    public void Check_UnclosedBracket_IsReportedWhereItOpens()
    {
        var (zh, en) = CheckBoth("format: alliance-agreement/v1\nalliance:\n  name: [unclosed\n  leadMember: x\n", out _);

        zh.ShouldBe("3:9: 错误 AC001 文件第 3 行第 9 列不符合 YAML 语法：此处的“[”没有对应的“]”闭合。");
        en.ShouldBe("3:9: error AC001 The file is not valid YAML at line 3, column 9: the '[' opened here is never closed with ']'.");
    }

    [TestCase("format: alliance-agreement/v1\nalliance: { name: x\nmembers: []\n", "2:11", "{", "}")]
    [TestCase("format: alliance-agreement/v1\nalliance:\n  name: \"unclosed\n  leadMember: x\n", "3:9", "\"", null)]
    public void Check_UnclosedBraceOrQuote_IsReportedWhereItOpens(string yaml, string at, string mark, string? close)
    {
        var (zh, en) = CheckBoth(yaml, out _);

        zh.ShouldStartWith($"{at}: 错误 AC001 ");
        zh.ShouldContain(close is null ? $"此处开始的引号 {mark} 没有闭合" : $"此处的“{mark}”没有对应的“{close}”闭合");
        en.ShouldContain(close is null ? $"the quotation mark {mark} opened here is never closed" : $"the '{mark}' opened here is never closed with '{close}'");
    }

    [Test]
    public void Check_BracketsInABlockOfTextOrAQuotedValue_DoNotHideTheRealSyntaxError()
    {
        var (zh, _) = CheckBoth("format: alliance-agreement/v1\nalliance:\n  name: \"[x\"\n  text: |\n    见[附件\n  industry: a\n   bad: b\n", out _);

        zh.ShouldNotContain("闭合");
        zh.ShouldContain("AC001");
    }

    [Test]
    public void Check_CommentOnlyFile_SaysItHoldsOnlyComments()
    {
        var (zh, en) = CheckBoth("# 联盟协议草稿\n# 待填写\n", out _);

        zh.ShouldBe("1:1: 错误 AC006 文件只有注释，不含协议。");
        en.ShouldBe("1:1: error AC006 The file holds no agreement: it holds only comments.");
    }

    [Test]
    public void Check_FileUtf8ThenGbk_IsNamedMixedWithTheLineWhereGbkStarts()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var bytes = Encoding.UTF8.GetBytes("format: alliance-agreement/v1\nalliance:\n  name: 测试联盟\n")
            .Concat(gb18030.GetBytes("  industry: 海洋工程装备\n")).ToArray();

        var (exit, zh, fixZh) = CheckBytes(bytes, "zh-CN");
        var (_, en, fixEn) = CheckBytes(bytes, "en");

        exit.ShouldBe(2);
        zh.ShouldBe("4:13: 错误 AC068 文件混用了两种编码：前 3 行是 UTF-8，从第 4 行起是 GB18030（GBK）编码的中文文本（第一个不符合 UTF-8 的字节位于第 4 行第 13 列）。");
        en.ShouldStartWith("4:13: error AC068 The file mixes two encodings: its first 3 lines are UTF-8, but from line 4 on");
        fixZh.ShouldContain("tail -n +N in.yaml | iconv -f GB18030 -t UTF-8");
        fixZh.ShouldNotContain("权限");
        fixEn.ShouldNotContain("permission");
    }

    [Test]
    public void Check_BinaryFile_SaysItIsNotATextFile()
    {
        byte[] bytes = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xD0, 0x61, 0xFF];

        var (exit, zh, fixZh) = CheckBytes(bytes, "zh-CN");
        var (_, en, fixEn) = CheckBytes(bytes, "en");

        exit.ShouldBe(2);
        zh.ShouldBe("1:9: 错误 AC069 无法将文件作为协议读取：这是二进制文件，不是文本文件（第 1 行第 9 列的字节 0xD0 不是文本）。");
        en.ShouldBe("1:9: error AC069 The file cannot be read as an agreement: it is a binary file, not a text file (the byte 0xD0 at line 1, column 9 is not text).");
        fixZh.ShouldNotContain("权限");
        fixEn.ShouldNotContain("permission");
    }

    /// <summary>Checks the text in Chinese and in English; each must give exit code 2 and a single finding, returned as its first line less the file name.</summary>
    private static (string Chinese, string English) CheckBoth(string yaml, out int line)
    {
        var (exitZh, zh, _) = CheckBytes(Encoding.UTF8.GetBytes(yaml), "zh-CN");
        var (exitEn, en, _) = CheckBytes(Encoding.UTF8.GetBytes(yaml), "en");
        exitZh.ShouldBe(2);
        exitEn.ShouldBe(2);
        line = int.Parse(zh.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        return (zh, en);
    }

    private static (int Exit, string Out, string Error) CheckText(string yaml)
    {
        using var directory = new TempDirectory();
        return Cli.Run("check", directory.Write("agreement.yaml", yaml), "--lang", "zh-CN");
    }

    /// <summary>Checks the bytes as a file; the exit code, the only finding's line (less the file name) and its fix.</summary>
    private static (int Exit, string Finding, string Fix) CheckBytes(byte[] bytes, string language)
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("agreement.yaml");
        File.WriteAllBytes(path, bytes);

        var (exit, output, _) = Cli.Run("check", path, "--lang", language);

        var lines = output.Split('\n');
        bool IsFinding(string l) => l.StartsWith(path + ":", StringComparison.Ordinal) && char.IsAsciiDigit(l[path.Length + 1]);
        var findings = lines.Where(IsFinding).ToList();
        findings.Count.ShouldBe(1, output);
        var at = Array.FindIndex(lines, IsFinding);
        return (exit, findings[0][(path.Length + 1)..], lines[at + 2].Trim());
    }
}

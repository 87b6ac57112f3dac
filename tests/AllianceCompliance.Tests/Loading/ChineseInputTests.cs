using System.Text;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>
/// What a Chinese input method types where YAML needs ASCII is a located finding that says what was
/// typed and what to type; the same characters where they belong (Chinese prose) are not.
/// </summary>
public sealed class ChineseInputTests
{
    private const string Head = "format: alliance-agreement/v1\nalliance:\n  name: 测试联盟\n";

    [Test]
    public void Load_FullWidthColonAfterAKey_SaysToTypeAnAsciiColon()
    {
        var error = Load.Text(Head + "members:\n  - id: a\n    legalPerson:\n      independent: true\n      representative：张伟\n").Errors.ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC051 8:21 $");
        error.Message.Chinese.ShouldBe("键“representative”后使用了全角冒号“：”；YAML 只把半角冒号加空格当作键的结尾。应写作：representative: 张伟");
        error.Message.English.ShouldEndWith("Type: representative: 张伟");
    }

    [Test]
    public void Load_FullWidthColonWhereAMappingBelongs_SaysToTypeAnAsciiColon()
    {
        var error = Load.Text(Head + "members:\n  - id: a\n    legalPerson:\n      representative：张伟\n").Errors.First(e => e.RuleId != "AC013");

        Load.Describe(error).ShouldBe("AC051 7:7 $.members[0].legalPerson");
        error.Message.Chinese.ShouldEndWith("应写作：representative: 张伟");
    }

    [Test]
    public void Load_FullWidthCommaInAList_IsNotReadAsOneValue()
    {
        var error = Load.Text(Head + "  technologyFields: [核电装备，火电装备]\n").Errors.First(e => e.RuleId == "AC052");

        Load.Describe(error).ShouldBe("AC052 4:22 $.alliance.technologyFields[0]");
        error.Message.Chinese.ShouldBe("“核电装备，火电装备”中的全角“，”不能分隔 [ ] 或 { } 中的各值，YAML 会把它们读作一个值。应写作：核电装备, 火电装备");
    }

    [Test]
    public void Load_FullWidthBrackets_AreNotReadAsText()
    {
        var error = Load.Text(Head + "  technologyFields: ［核电装备, 火电装备］\n").Errors.Where(e => e.RuleId != "AC013").ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC067 4:21 $.alliance.technologyFields");
        error.Message.Chinese.ShouldBe("“［核电装备, 火电装备］”使用了全角括号“［］”，YAML 会把它读作文本，而不是列表或映射。应写作：[核电装备, 火电装备]");
    }

    [TestCase("members:\n  - id: a\n    legalPerson: ｛independent｝\n", "AC067 6:18 $.members[0].legalPerson", "{independent}")]
    [TestCase("  technologyFields: 【核电装备, 火电装备】\n", "AC067 4:21 $.alliance.technologyFields", "[核电装备, 火电装备]")]
    [TestCase("  technologyFields: 〔核电装备〕\n", "AC067 4:21 $.alliance.technologyFields", "[核电装备]")]
    public void Load_ChineseOrFullWidthBracketsWhereAListOrMappingBelongs_AreOneFinding(string yaml, string expected, string meant)
    {
        var error = Load.Text(Head + yaml).Errors.Where(e => e.RuleId != "AC013").ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe(expected);
        error.Message.Chinese.ShouldEndWith("YAML 会把它读作文本，而不是列表或映射。应写作：" + meant);
        error.Message.English.ShouldEndWith("Type: " + meant);
    }

    [Test]
    public void Load_FullWidthColonInAFlowMapping_IsReported()
    {
        var errors = Load.Text(Head + "agreement:\n  breachLiability: { clause：第二十九条, text: 违约方赔偿损失 }\n").Errors;

        var error = errors.Where(e => e.RuleId != "AC013" || e.Location.Line != 1).ShouldHaveSingleItem();
        Load.Describe(error).ShouldBe("AC051 5:22 $.agreement.breachLiability");
        error.Message.Chinese.ShouldEndWith("应写作：clause: 第二十九条");
    }

    [Test]
    public void Load_FullWidthSpacesInIndentation_AreReported()
    {
        var errors = Load.Text(Head + "members:\n  - id: a\n\u3000\u3000name: 甲公司\n").Errors;

        errors.ShouldContain(e => e.RuleId == "AC053" && e.Location.Line == 6 && e.Location.Column == 1);
        errors.First(e => e.RuleId == "AC053").Message.Chinese.ShouldBe("第 6 行的缩进中含有全角空格“　”（U+3000）；YAML 只能用半角空格缩进。");
    }

    [Test]
    public void Load_ChinesePunctuationInProse_IsNotAMistake()
    {
        var result = Load.Text(Head + """
            agreement:
              breachLiability: { clause: 第二十九条, text: 违约成员应赔偿损失，理事会可将其除名：须经三分之二同意 }
              withdrawal:
                clause: 第十二条
                text: |
                  　　退出成员应提前书面通知：理事会，并移交［未完成］的任务。
            """);

        result.Errors.Where(e => e.RuleId is "AC051" or "AC052" or "AC053").ShouldBeEmpty();
    }

    [Test]
    public void Load_ASyntaxErrorFarFromAFullWidthCharacter_KeepsItsOwnMessage()
    {
        var error = Load.Text(Head + "  industry: 化工：涂料\n\n\n\n\nmembers:\n  - id: a\n   name: b\n").Errors.ShouldHaveSingleItem();

        error.RuleId.ShouldBe("AC001");
    }

    [Test]
    public void Load_Gb18030File_IsNamedWithTheCommandThatConvertsIt()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        var error = new AgreementLoader().Load(gb18030.GetBytes(Head)).Errors.ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC050 3:9 $");
        error.Message.Chinese.ShouldContain("GB18030（GBK）");
        error.Rule.Remediation.Chinese.ShouldContain("iconv -f GB18030 -t UTF-8 in.yaml > out.yaml");
        error.Rule.Remediation.English.ShouldContain("iconv -f GB18030 -t UTF-8 in.yaml > out.yaml");
    }

    [Test]
    public void Load_BinaryThatIsNotUtf8_IsStillUnreadable()
    {
        var error = new AgreementLoader().Load([0x66, 0x6f, 0x72, 0xff, 0xfe, 0x00, 0x80]).Errors.ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC069 1:4 $");
        error.Message.Chinese.ShouldBe("无法将文件作为协议读取：这是二进制文件，不是文本文件（第 1 行第 4 列的字节 0xFF 不是文本）。");
        error.Message.English.ShouldContain("it is a binary file, not a text file");
        error.Rule.Remediation.Chinese.ShouldNotContain("权限");
    }

    [TestCase("企业", "enterprise")]
    [TestCase("高校", "university")]
    public void Load_EnumValueWrittenInChinese_SuggestsTheValueToType(string written, string meant)
    {
        var error = Load.Text(Head + $"members:\n  - {{ id: a, name: 甲, kind: {written} }}\n").Errors.First(e => e.RuleId == "AC014");

        error.Message.Chinese.ShouldContain($"不是有效的 kind 取值（是否应为“{meant}”？）；可选值：enterprise（企业）、other（其他组织）、research-institute（科研机构）、university（高校）。");
        error.Message.English.ShouldContain($"(did you mean '{meant}'?); allowed: enterprise, other, research-institute, university.");
    }

    [TestCase("members:\n  - id: a\n name: b\n", "此处应为“键: 值”形式的一项")]
    [TestCase("members: [a, b\n", "此处的“[”没有对应的“]”闭合")]
    [TestCase("members:\n\t- a\n", "制表符")]
    [TestCase("alliance: \"unclosed\n", "引号")]
    public void Load_SyntaxError_IsOurOwnChineseSentenceWithThePosition(string yaml, string reason)
    {
        var error = Load.Text("format: alliance-agreement/v1\n" + yaml).Errors.ShouldHaveSingleItem();

        error.RuleId.ShouldBe("AC001");
        error.Message.Chinese.ShouldStartWith($"文件第 {error.Location.Line} 行第 {error.Location.Column} 列不符合 YAML 语法：");
        error.Message.Chinese.ShouldContain(reason);
        error.Message.English.ShouldNotContain("While");
    }
}

using System.Text;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>What each load error says, in both languages, and where it points.</summary>
public sealed class LoadErrorMessageTests
{
    private const string Members = """
        format: alliance-agreement/v1
        alliance: { name: A }
        agreement: {}
        members:
          - { id: a, name: A Co., kind: enterprise }
          - { id: a, name: B Co., kind: enterprise }
        """;

    [Test]
    public void Load_DuplicateMemberId_NamesTheFirstLine()
    {
        var error = Load.Text(Members).Errors.ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC018 6:11 $.members[1].id");
        error.Message.English.ShouldBe("The id 'a' is used more than once (first at line 5).");
        error.Message.Chinese.ShouldBe("id“a”被重复使用（首次在第 5 行）。");
    }

    [Test]
    public void Load_ListWhereTextBelongs_SaysWhatWasFound()
    {
        var error = Load.Text(Members.Replace("name: B Co.", "name: [B, Co]", StringComparison.Ordinal)).Errors
            .First(e => e.RuleId == "AC012");

        error.Message.English.ShouldBe("'name' must be text, but is a list.");
        error.Message.Chinese.ShouldBe("“name”应为文本，实际为列表。");
    }

    [Test]
    public void Load_TextWhereNumberBelongs_IsAnInvalidNumber() =>
        Load.Text(Members.Replace("agreement: {}", "agreement: { withdrawal: { noticeDays: thirty } }", StringComparison.Ordinal))
            .Errors.First(e => e.RuleId == "AC016").Message.English.ShouldBe("'thirty' is not a whole number.");

    [Test]
    public void Load_EmptyFile_SaysItIsEmpty() =>
        Load.Text(string.Empty).Errors.ShouldHaveSingleItem().Message.English.ShouldBe("The file holds no agreement: it is empty.");

    [Test]
    public void Load_TwoDocuments_PointsAtTheSecond() =>
        Load.Errors(Members + "\n---\nformat: x\n").ShouldBe(["AC006 7:1 $"]);

    [Test]
    public void Load_ListAtTheTop_IsNotAnAgreement() =>
        Load.Text("- a\n- b\n").Errors.ShouldHaveSingleItem().Message.English.ShouldBe("'$' must be a mapping, but is a list.");

    [Test]
    public void Load_BytesOverTheLimit_AreRefusedBeforeDecoding() =>
        new AgreementLoader(new LoadLimits { MaxBytes = 10 }).Load(Encoding.UTF8.GetBytes(Members))
            .Errors.ShouldHaveSingleItem().Message.English.ShouldBe($"The file has {Encoding.UTF8.GetByteCount(Members)} bytes, more than the limit of 10 bytes.");

    [Test]
    public void Load_InvalidUtf8_PointsAtTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("format: x\nname: ab").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var error = new AgreementLoader().Load(bytes).Errors.ShouldHaveSingleItem();

        Load.Describe(error).ShouldBe("AC069 2:9 $");
        error.Message.English.ShouldBe("The file cannot be read as an agreement: the byte 0xC3 at line 2, column 9 is not valid utf-8 text.");
        error.Message.Chinese.ShouldBe("无法将文件作为协议读取：第 2 行第 9 列的字节 0xC3 不是有效的 utf-8 文本。");
        error.Rule.Remediation.Chinese.ShouldNotContain("权限");
    }

    [Test]
    public void Load_MissingRequiredSections_ReportsEachAtTheRoot() =>
        Load.Errors("format: alliance-agreement/v1\n").ShouldBe(["AC013 1:1 $.alliance", "AC013 1:1 $.members", "AC013 1:1 $.agreement"]);

    [Test]
    public void Load_UnknownEnumValue_ListsTheAllowedOnes() =>
        Load.Text(Members.Replace("kind: enterprise }\n  - { id: a", "kind: corporation }\n  - { id: b", StringComparison.Ordinal))
            .Errors.ShouldHaveSingleItem().Message.English
            .ShouldBe("'corporation' is not a valid kind; allowed: enterprise, other, research-institute, university.");
}

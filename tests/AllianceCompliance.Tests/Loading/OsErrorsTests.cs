using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Tests.Loading;

/// <summary>What a user reads when the operating system refuses a file: our own reason for each common kind, in both languages.</summary>
public sealed class OsErrorsTests
{
    private const string Path = "/srv/协议/联盟协议.yaml";

    private static IEnumerable<TestCaseData> Kinds()
    {
        yield return new TestCaseData(new FileNotFoundException("Could not find file"), "文件“/srv/协议/联盟协议.yaml”不存在").SetName("NotFound");
        yield return new TestCaseData(new DirectoryNotFoundException("Could not find a part of the path"), "路径“/srv/协议/联盟协议.yaml”中的文件夹不存在").SetName("DirectoryNotFound");
        yield return new TestCaseData(new UnauthorizedAccessException("Access to the path is denied"), "当前用户无权读取或写入“/srv/协议/联盟协议.yaml”").SetName("Denied");
        yield return new TestCaseData(new PathTooLongException("The path is too long"), "路径“/srv/协议/联盟协议.yaml”超出了操作系统允许的长度").SetName("PathTooLong");
        yield return new TestCaseData(new ArgumentException("Null character in path"), "“/srv/协议/联盟协议.yaml”不是操作系统可接受的文件名").SetName("BadName");
        yield return new TestCaseData(SystemError(28, 112), "“/srv/协议/联盟协议.yaml”所在的磁盘已满（或用户的磁盘配额已用完）").SetName("DiskFull");
        yield return new TestCaseData(SystemError(30, 19), "“/srv/协议/联盟协议.yaml”位于只读文件系统上，无法写入").SetName("ReadOnly");
        yield return new TestCaseData(SystemError(26, 32), "“/srv/协议/联盟协议.yaml”正被其他程序使用（已打开或被锁定）").SetName("InUse");
    }

    [TestCaseSource(nameof(Kinds))]
    public void Describe_ACommonKind_GivesOurOwnReason_WithoutTheSystemsEnglish(Exception error, string chinese)
    {
        var reason = OsErrors.Describe(error, Path);

        reason.Chinese.ShouldBe(chinese);
        reason.English.ShouldNotContain(error.Message);
        reason.English.ShouldContain(Path);
    }

    [Test]
    public void Describe_AFolderGivenForAFile_SaysItIsAFolder()
    {
        var folder = System.IO.Path.GetTempPath();

        OsErrors.Describe(new UnauthorizedAccessException("Access to the path is denied"), folder).Chinese.ShouldBe($"“{folder}”是文件夹，不是文件");
        OsErrors.DescribeFolder(new UnauthorizedAccessException("Access to the path is denied"), folder).Chinese.ShouldBe($"当前用户无权读取或写入“{folder}”");
    }

    [Test]
    public void Describe_AnUnknownKind_KeepsTheSystemsMessage_AndSaysInChineseThatItIsTheSystems()
    {
        var reason = OsErrors.Describe(new IOException("Stale file handle", 116116), Path);

        reason.Chinese.ShouldBe("操作系统在处理“/srv/协议/联盟协议.yaml”时报告了错误，其原文如下：Stale file handle");
        reason.English.ShouldBe("the operating system reported an error for '/srv/协议/联盟协议.yaml', in its own words: Stale file handle");
    }

    [Test]
    public void Describe_StandardOutput_NamesItInTheReadersLanguage() =>
        OsErrors.Describe(SystemError(28, 112), Words.Os.StandardOutput).ShouldBe(
            new LocalizedText("the disk holding 'standard output' is full (or the user's quota is used up)", "“标准输出”所在的磁盘已满（或用户的磁盘配额已用完）"));

    /// <summary>An <see cref="IOException"/> as .NET raises it for a system error: errno on Linux and macOS, the Win32 error as an HRESULT on Windows.</summary>
    private static IOException SystemError(int errno, int win32) =>
        new("the system's own English", OperatingSystem.IsWindows() ? unchecked((int)0x80070000) | win32 : errno);
}

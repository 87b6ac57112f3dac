using System.Diagnostics;
using System.Security.Cryptography;

namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// A report never destroys a file (issue 17): <c>--output</c> replaces only a regular file, writes
/// into a device or FIFO as a stream, follows a link to its target, refuses a directory and any
/// input, keeps the old report's permissions, and leaves no temporary file behind, even when the
/// run is interrupted or killed. These run as root in CI, so none relies on a permission being denied.
/// </summary>
public sealed class OutputHardeningTests
{
    [Test]
    public void Output_CharacterDevice_IsWrittenToNotReplaced()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var device = directory.Combine("null");
        using (var mknod = Process.Start("mknod", [device, "c", "1", "3"]))
        {
            mknod.WaitForExit();
            if (mknod.ExitCode != 0)
            {
                Assert.Ignore("Making a device node needs root (CI runs as root).");
            }
        }

        var (exit, _, error) = Cli.Run("check", agreement, "--output", device);

        exit.ShouldBe(0, error);
        FileType(device).ShouldBe("character special file");
        Directory.GetFiles(directory.Path).Order(StringComparer.Ordinal).ShouldBe([agreement, device]);
    }

    [Test]
    public void Output_NamedPipe_ReceivesTheReportAndStaysAPipe()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var fifo = directory.Fifo("report.fifo");

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (exit, _, error) = Cli.Run("check", agreement, "--output", fifo);

        exit.ShouldBe(0, error);
        reader.Wait(TimeSpan.FromSeconds(60)).ShouldBeTrue("the report never reached the pipe's reader");
        reader.Result.ShouldContain("1 document(s): 1 compliant");
        FileType(fifo).ShouldBe("fifo");
    }

    [Test]
    public void Output_DevStdout_IsThisRunsStandardOutput()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);

        var (exit, output, error) = Cli.Run("check", agreement, "--format", "json", "--output", "/dev/stdout");

        exit.ShouldBe(0, error);
        output.ShouldContain("\"compliant\": 1");
        FileType("/dev/stdout", follow: false).ShouldBe("symbolic link");
    }

    [Test]
    public void Output_DevStdoutOfAChildProcess_IsItsStandardOutput()
    {
        using var directory = new TempDirectory();
        directory.Write("agreement.yaml", Agreement.Compliant);

        var (exit, output, error) = ChildCli.Run(directory.Path, "check", "agreement.yaml", "--output", "/dev/stdout");

        exit.ShouldBe(0, error);
        output.ShouldContain("1 document(s): 1 compliant");
    }

    [TestCase("check")]
    [TestCase("rules")]
    public void Output_Directory_IsRefusedWithExitTwo(string command)
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var target = Directory.CreateDirectory(directory.Combine("reports")).FullName;
        string[] args = command == "check" ? ["check", agreement, "--output", target] : ["rules", "--output", target];

        var (exit, _, error) = Cli.Run(args);

        exit.ShouldBe(2);
        error.ShouldContain("it is a directory");
        error.ShouldNotContain("internal error");
        FileType(target).ShouldBe("directory");
        Directory.GetFileSystemEntries(directory.Path).Order(StringComparer.Ordinal).ShouldBe([agreement, target]);
    }

    [Test]
    public void Output_SymbolicLink_IsFollowedAndItsTargetReplaced()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var report = directory.Write("report.txt", "old");
        var link = directory.Combine("latest.txt");
        File.CreateSymbolicLink(link, report);

        var (exit, _, error) = Cli.Run("check", agreement, "--output", link);

        exit.ShouldBe(0, error);
        FileType(link, follow: false).ShouldBe("symbolic link");
        File.ReadAllText(report).ShouldContain("1 document(s): 1 compliant");
    }

    [TestCase("same path")]
    [TestCase("relative path")]
    [TestCase("symbolic link")]
    [TestCase("hard link")]
    [TestCase("in a directory")]
    [TestCase("waivers")]
    public void Output_AnInputOrTheWaiversFile_IsRefusedBeforeAnythingIsRead(string how)
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var waivers = directory.Write("waivers.yaml", "waivers: []\n");
        var before = Hash(agreement);
        var (input, output) = how switch
        {
            "relative path" => (agreement, Path.GetRelativePath(Environment.CurrentDirectory, agreement)),
            "symbolic link" => (agreement, File.CreateSymbolicLink(directory.Combine("report.txt"), agreement).FullName),
            "hard link" => (agreement, HardLink(agreement, directory.Combine("report.txt"))),
            "in a directory" => (directory.Path, agreement),
            "waivers" => (agreement, waivers),
            _ => (agreement, agreement),
        };

        var (exit, _, error) = Cli.Run("check", input, "--waivers", waivers, "--output", output);

        exit.ShouldBe(2);
        error.ShouldContain("the report would overwrite an input");
        Hash(agreement).ShouldBe(before);
        File.ReadAllText(waivers).ShouldBe("waivers: []\n");
        Directory.GetFiles(directory.Path).ShouldAllBe(f => !f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Test]
    public void Check_GlobExpandingToAFileNamedLikeAnOption_NeverWritesOverAnInput()
    {
        // The shell expands *.yaml to "-ob.yaml b.yaml": with short options bundled that is "-o b.yaml".
        using var directory = new TempDirectory();
        var b = directory.Write("b.yaml", Agreement.Compliant);
        directory.Write("-ob.yaml", Agreement.Compliant);
        directory.Write("-o=b.yaml", Agreement.Compliant);
        directory.Write("@b.yaml", "--output\nb.yaml\n");
        var before = Hash(b);

        var bundled = ChildCli.Run(directory.Path, "check", "-ob.yaml", "b.yaml");
        var attached = ChildCli.Run(directory.Path, "check", "-o=b.yaml", "b.yaml");
        var response = ChildCli.Run(directory.Path, "check", "@b.yaml", "b.yaml");

        Hash(b).ShouldBe(before);
        bundled.Exit.ShouldBe(0, bundled.Error);
        bundled.Out.ShouldContain("2 document(s): 2 compliant");
        attached.Exit.ShouldBe(2);
        attached.Error.ShouldContain("write --output and its file as two words");
        response.Out.ShouldContain("@b.yaml:");
        Directory.GetFiles(directory.Path).Length.ShouldBe(4);
    }

    [Test]
    public void Check_FileNamedLikeAnOptionAfterDoubleDash_IsChecked()
    {
        using var directory = new TempDirectory();
        directory.Write("--format.yaml", Agreement.Compliant);

        var (exit, output, error) = ChildCli.Run(directory.Path, "check", "--", "--format.yaml");

        exit.ShouldBe(0, error);
        output.ShouldContain("--format.yaml: compliant");
    }

    [TestCase("600")]
    [TestCase("640")]
    [TestCase("666")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Output_ExistingReport_KeepsItsPermissions(string octal)
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var report = directory.Write("report.txt", "old");
        var mode = (UnixFileMode)Convert.ToInt32(octal, 8);
        File.SetUnixFileMode(report, mode);

        Cli.Run("check", agreement, "--output", report).Exit.ShouldBe(0);

        File.ReadAllText(report).ShouldContain("1 compliant");
        File.GetUnixFileMode(report).ShouldBe(mode);
    }

    [Test]
    public void Output_NameOfTwoHundredAndFortyCharacters_IsWritten()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        var report = directory.Combine(new string('r', 236) + ".txt");

        var (exit, _, error) = Cli.Run("check", agreement, "--output", report);

        exit.ShouldBe(0, error);
        File.ReadAllText(report).ShouldContain("1 compliant");
    }

    [TestCase("TERM")]
    [TestCase("INT")]
    public void Output_RunInterruptedBySignal_LeavesNoTemporaryFile(string signal)
    {
        using var directory = new TempDirectory();
        using var tool = ChildCli.Start(directory.Path, "check", "-", "--output", "report.txt");

        // The temporary file exists from before the input is read; the run waits on standard input.
        WaitFor(() => Temporaries(directory.Path).Length == 1, "the temporary file to appear");
        ChildCli.Signal(tool, signal);
        tool.WaitForExit(60_000).ShouldBeTrue();

        Temporaries(directory.Path).ShouldBeEmpty();
        File.Exists(directory.Combine("report.txt")).ShouldBeFalse();
    }

    [Test]
    public void Output_TemporaryFileOfAKilledRun_IsRemovedByTheNextRun()
    {
        using var directory = new TempDirectory();
        var agreement = directory.Write("agreement.yaml", Agreement.Compliant);
        using (var tool = ChildCli.Start(directory.Path, "check", "-", "--output", "report.txt"))
        {
            WaitFor(() => Temporaries(directory.Path).Length == 1, "the temporary file to appear");
            tool.Kill();
            tool.WaitForExit(60_000).ShouldBeTrue();
        }

        Temporaries(directory.Path).Length.ShouldBe(1, "SIGKILL cannot be caught: the killed run's file is left");

        Cli.Run("check", agreement, "--output", directory.Combine("report.txt")).Exit.ShouldBe(0);

        Temporaries(directory.Path).ShouldBeEmpty();
    }

    [TestCase("> /dev/full")]
    [TestCase(">&-")]
    public void StandardOutput_FullOrClosed_IsAClearErrorWithExitTwo(string redirection)
    {
        using var directory = new TempDirectory();

        var (exit, _, error) = ChildCli.Shell(directory.Path, $"dotnet \"$0\" schema {redirection}");

        exit.ShouldBe(2);
        error.ShouldContain("cannot write to standard output");
        error.ShouldNotContain("internal error");
    }

    /// <summary>What a path names, as stat(1) says it (following links unless asked not to).</summary>
    private static string FileType(string path, bool follow = true)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        foreach (var arg in follow ? new[] { "-L", "-c", "%F", path } : ["-c", "%F", path])
        {
            start.ArgumentList.Add(arg);
        }

        using var stat = Process.Start(start)!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }

    private static string[] Temporaries(string directory) => Directory.GetFiles(directory, ".alliance-check-*.tmp");

    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), $"waiting for {what}");
            Thread.Sleep(50);
        }
    }

    private static string HardLink(string existing, string link)
    {
        using var ln = Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        return link;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}

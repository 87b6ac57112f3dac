namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// No input hangs or exhausts a run (issue 17): only regular files and <c>-</c> are read, each
/// other thing reported for itself; standard input is read once; a directory that cannot be
/// walked is reported while the rest are checked; nothing from a file name or a waiver reaches
/// standard error unescaped; <c>?</c> and <c>[…]</c> globs match.
/// </summary>
public sealed class InputHardeningTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [TestCase("given")]
    [TestCase("in a directory")]
    [TestCase("by a glob")]
    public void Check_NamedPipeAmongTheInputs_IsReportedForItselfWithoutBlocking(string how)
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);
        var fifo = directory.Fifo("pipe.yaml");
        string[] inputs = how switch
        {
            "given" => [good, fifo],
            "in a directory" => [directory.Path],
            _ => [directory.Combine("*.yaml")],
        };

        var (exit, output, _) = Bounded(() => Cli.Run(["check", .. inputs]));

        exit.ShouldBe(2);
        output.ShouldContain("pipe.yaml:1:1: error AC002 The file cannot be read as an agreement: it is a named pipe (FIFO)");
        output.ShouldContain("good.yaml: compliant");
    }

    [Test]
    public void Check_DeviceAsAnInput_IsReportedWithoutReadingIt()
    {
        var (exit, output, _) = Bounded(() => Cli.Run("check", "/dev/zero"));

        exit.ShouldBe(2);
        output.ShouldContain("/dev/zero:1:1: error AC002 The file cannot be read as an agreement: it is a device");
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void Check_DeviceAsTheWaiversFile_IsRefusedWithoutReadingIt(string device)
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);

        var (exit, _, error) = Bounded(() => Cli.Run("check", good, "--waivers", device));

        exit.ShouldBe(2);
        error.ShouldContain("it is a device");
    }

    [Test]
    public void Check_NamedPipeAsTheWaiversFile_IsRefusedWithoutBlocking()
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);

        var (exit, _, error) = Bounded(() => Cli.Run("check", good, "--waivers", directory.Fifo("waivers.yaml")));

        exit.ShouldBe(2);
        error.ShouldContain("named pipe (FIFO)");
    }

    [Test]
    public void Check_StandardInputTwice_IsRefusedBeforeItIsRead()
    {
        var opened = 0;
        var terminal = new Terminal(new StringWriter(), new StringWriter())
        {
            OpenInput = () =>
            {
                Interlocked.Increment(ref opened);
                return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Agreement.Compliant));
            },
        };

        var exit = AllianceCheck.Run(["check", "-", "-"], terminal);

        exit.ShouldBe(2);
        opened.ShouldBe(0);
        terminal.Error.ToString()!.ShouldContain("- (standard input) can be given only once");
    }

    [Test]
    public void Check_DirectoryDeeperThanThePathLimit_IsReportedAndTheFileBesideItChecked()
    {
        using var directory = new TempDirectory();
        directory.Write("good.yaml", Agreement.Compliant);
        // 60 levels of 100-character names: 6,000 characters, past Linux's PATH_MAX of 4,096.
        var name = new string('d', 100);
        var made = ChildCli.Shell(directory.Path, $"mkdir deep && cd deep && for i in $(seq 60); do mkdir {name} && cd {name} || exit 1; done; echo 'format: x' > bad.yaml");
        made.Exit.ShouldBe(0, made.Error);
        try
        {
            var (exit, output, error) = Bounded(() => Cli.Run("check", directory.Path));

            exit.ShouldBe(2, error);
            error.ShouldNotContain("internal error");
            output.ShouldContain("good.yaml: compliant");
            output.ShouldMatch("error AC002 The file cannot be read as an agreement: it (cannot be looked at|is a directory that cannot be searched)");
        }
        finally
        {
            ChildCli.Shell(directory.Path, "rm -rf deep");
        }
    }

    [Test]
    public void Check_FileNameThatIsNotUtf8_IsSaidSo()
    {
        using var directory = new TempDirectory();
        directory.Write("good.yaml", Agreement.Compliant);
        ChildCli.Shell(directory.Path, "printf 'format: x\\n' > $'caf\\xe9.yaml'").Exit.ShouldBe(0);

        // .NET cannot name the file to delete it: the shell removes it after the run.
        var (exit, output, _) = Cli.Run("check", directory.Path);
        ChildCli.Shell(directory.Path, "rm -f caf*.yaml");

        exit.ShouldBe(2);
        output.ShouldContain("its name is not valid UTF-8");
        output.ShouldNotContain("Could not find file");
        output.ShouldContain("good.yaml: compliant");
    }

    [TestCase("--max-bytes", "-1")]
    [TestCase("--max-depth", "-1")]
    [TestCase("--max-depth", "1001")]
    public void Check_LimitOutOfRange_IsRefused(string option, string value)
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);

        var (exit, output, error) = Cli.Run("check", good, option, value);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(option);
    }

    [Test]
    public void StandardError_NamesAndWaiverValues_AreEscapedAsInTheTextReport()
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.yaml", Agreement.Compliant);
        var empty = Directory.CreateDirectory(directory.Combine("empty\u001b[2J")).FullName;
        var waivers = directory.Write("waivers.yaml",
            "waivers:\n  - { rule: AC104, document: \"x\\e]8;;https://evil.example\\e\\\\y.yaml\", justification: old, expires: 2000-01-01 }\n");
        var badWaivers = directory.Write("bad.yaml", "waivers:\n  - { rule: \"AC999\\e[2J\\e]0;title\\a\", justification: x, expires: 2099-01-01 }\n");
        var report = directory.Combine("report\u001b]0;owned\u0007.txt");

        var unmatched = Cli.Run("check", good, empty);
        var written = Cli.Run("check", good, "--waivers", waivers, "--output", report);
        var invalid = Cli.Run("check", good, "--waivers", badWaivers);

        foreach (var (_, _, error) in new[] { unmatched, written, invalid })
        {
            error.ShouldNotBeEmpty();
            error.IndexOfAny(['\u001b', '\u0007']).ShouldBe(-1, error);
        }

        unmatched.Error.ShouldContain("empty\\u001B[2J");
        written.Error.ShouldContain("report\\u001B]0;owned\\u0007.txt");
        written.Error.ShouldContain("x\\u001B]8;;https://evil.example\\u001B\\\\y.yaml");
        invalid.Error.ShouldContain("AC999\\u001B[2J");
    }

    [TestCase("b.y?ml")]
    [TestCase("[b].yaml")]
    [TestCase("[!ac].yaml")]
    public void Check_GlobWithQuestionMarkOrSet_Matches(string glob)
    {
        using var directory = new TempDirectory();
        directory.Write("a.yaml", "format: x\n");
        directory.Write("b.yaml", Agreement.Compliant);

        var (exit, output, error) = Cli.Run("check", directory.Combine(glob));

        exit.ShouldBe(0, error);
        output.ShouldContain("1 document(s): 1 compliant");
    }

    private static T Bounded<T>(Func<T> run)
    {
        var task = Task.Factory.StartNew(run, TaskCreationOptions.LongRunning);
        task.Wait(Deadline).ShouldBeTrue("the run hangs");
        return task.Result;
    }
}

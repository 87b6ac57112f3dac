namespace AllianceCompliance.Cli.Tests;

public sealed class TerminalTests
{
    private const string Escape = "\u001b[";
    private static readonly Screen OnTerminal = new(OutRedirected: false, ErrorRedirected: false);

    [Test]
    public void Check_TextOnATerminal_IsColoured()
    {
        var (_, output, _) = Run(OnTerminal, "check", "-");

        output.ShouldContain(Escape);
    }

    [TestCase(false, "1", null)]
    [TestCase(true, null, null)]
    [TestCase(false, null, "dumb")]
    public void Check_NoColorRedirectedOrDumbTerminal_IsNotColoured(bool redirected, string? noColor, string? term)
    {
        var (_, output, _) = Run(new(redirected, false, noColor, term), "check", "-");

        output.ShouldStartWith("-:1:10: error AC001 ");
        output.ShouldNotContain(Escape);
    }

    [Test]
    public void Check_ReportToAFile_IsNotColoured()
    {
        using var files = new Agreements();
        var report = Path.Combine(files.Folder, "report.txt");

        Run(OnTerminal, "check", "-", "--output", report);

        File.ReadAllText(report).ShouldContain("error AC001");
        File.ReadAllText(report).ShouldNotContain(Escape);
    }

    [Test]
    public void Check_LargeBatchWithStandardErrorOnATerminal_DrawsAProgressBar()
    {
        using var files = new Agreements();
        var count = Progress.Threshold + 1;
        Batch(files, count);

        var (_, _, error) = Run(new(OutRedirected: true, ErrorRedirected: false), "check", files.Folder, "--format", "json");

        error.ShouldContain($"checking [{new string('#', 30)}] {count}/{count}");
    }

    [TestCase(true, 21)]
    [TestCase(false, 20)]
    public void Check_RedirectedStandardErrorOrSmallBatch_DrawsNoProgressBar(bool errorRedirected, int count)
    {
        using var files = new Agreements();
        Batch(files, count);

        var (_, _, error) = Run(new(OutRedirected: true, errorRedirected), "check", files.Folder, "--format", "json");

        error.ShouldNotContain("checking [");
    }

    private static void Batch(Agreements files, int count)
    {
        for (var i = 0; i < count; i++)
        {
            files.Write($"agreement-{i:D2}.yaml", Agreements.LedByUniversity);
        }
    }

    /// <summary>Runs with standard input holding broken YAML, which gives one error finding.</summary>
    private static (int Exit, string Out, string Error) Run(Screen screen, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(output, error, screen.OutRedirected, screen.ErrorRedirected)
        {
            OpenInput = () => new MemoryStream("members: [\n"u8.ToArray()),
            Variable = name => name switch { "NO_COLOR" => screen.NoColor, "TERM" => screen.Term, _ => null },
        };
        var exit = AllianceCheck.Run(args, terminal);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Which streams are terminals, and the colour-related environment.</summary>
    private sealed record Screen(bool OutRedirected, bool ErrorRedirected, string? NoColor = null, string? Term = null);
}

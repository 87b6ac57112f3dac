using System.Diagnostics;

namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// Runs the built <c>alliance-check</c> as a process of its own: for what an in-process run cannot
/// show (a working directory, signals, a standard output that is full or closed).
/// </summary>
internal static class ChildCli
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "alliance-check.dll");

    /// <summary>Starts the tool in a directory with its standard streams redirected (standard input left open).</summary>
    public static Process Start(string directory, params string[] args) => Redirected(directory, "dotnet", [Dll, .. args]);

    /// <summary>Runs the tool in a directory with empty standard input, under a deadline.</summary>
    public static (int Exit, string Out, string Error) Run(string directory, params string[] args)
    {
        using var process = Start(directory, args);
        process.StandardInput.Close();
        return Finish(process);
    }

    /// <summary>Runs a bash script in which <c>$0</c> is the tool's dll (for redirections the test cannot make itself).</summary>
    public static (int Exit, string Out, string Error) Shell(string directory, string script)
    {
        using var process = Redirected(directory, "bash", ["-c", script, Dll]);
        process.StandardInput.Close();
        return Finish(process);
    }

    /// <summary>Sends a signal by its name (TERM, INT, KILL) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static Process Redirected(string directory, string program, string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
    }

    private static (int Exit, string Out, string Error) Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"alliance-check did not finish within {Deadline.TotalSeconds} s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

using System.Diagnostics;

namespace AllianceCompliance.Benchmarks;

/// <summary>Starts programs for the cold-start and memory measurements and captures what they print.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// How to start a program with its output captured: a <c>.dll</c> through the <c>dotnet</c> host
    /// (a framework-dependent build given by its dll), anything else as an executable.
    /// </summary>
    public static ProcessStartInfo StartInfo(string program, params string[] arguments)
    {
        var throughHost = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(throughHost ? "dotnet" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in throughHost ? [program, .. arguments] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public static (int ExitCode, string Output, double Milliseconds) Run(string file, params string[] arguments)
    {
        var start = StartInfo(file, arguments);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (process.ExitCode, output + error.Result, elapsed);
    }

    /// <summary>Runs a command that must succeed (a build); throws with its output when it does not.</summary>
    public static string MustRun(string file, params string[] arguments)
    {
        var (code, output, _) = Run(file, arguments);
        return code == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {code}:\n{output}");
    }
}

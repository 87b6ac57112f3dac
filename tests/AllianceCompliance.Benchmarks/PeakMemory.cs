using System.Diagnostics;
using System.Globalization;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Target 5: the peak working set of <c>alliance-check check FILE</c>, the tool as published for this
/// machine, with its own runtime settings (workstation GC, no dynamic code). Linux keeps a process's
/// high-water mark (VmHWM in /proc/PID/status); it only rises, so the last reading before the tool
/// exits is its peak, give or take what the last millisecond added.
/// </summary>
internal static class PeakMemory
{
    public static (double Megabytes, string Outcome) Measure(string cli, string file)
    {
        var start = ChildProcess.StartInfo(cli, "check", file);
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("Could not start alliance-check.");
        var output = tool.StandardOutput.ReadToEndAsync();
        var errors = tool.StandardError.ReadToEndAsync();
        long peak = 0;
        var status = $"/proc/{tool.Id}/status";
        while (!tool.HasExited)
        {
            peak = Math.Max(peak, HighWaterMarkKilobytes(status) ?? 0);
            Thread.Sleep(1);
        }

        tool.WaitForExit();
        _ = errors.Result;
        var summary = output.Result.TrimEnd().Split('\n')[^1];
        return (peak / 1024.0, $"exit {tool.ExitCode}; {summary}");
    }

    private static long? HighWaterMarkKilobytes(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // The tool exited between the check and the read.
            return null;
        }
    }
}

using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Target 5: the peak working set of checking one file, measured in a child process that does what
/// <c>alliance-check check FILE</c> does (compile, load, evaluate, write the text report) and
/// then prints its own high-water mark.
/// </summary>
internal static class PeakMemory
{
    public static int Child(string file)
    {
        var checker = new AgreementChecker(GuidingOpinions.RuleSet);
        var result = checker.CheckFile(file);
        var report = new CheckReport("bench", checker.Rules.Id, checker.Rules.Version, [result]);
        ReportWriters.Get("text").Write(report, TextWriter.Null, new ReportOptions(Findings.Language.English, false));
        Console.WriteLine($"{HighWaterMarkBytes() / (1024.0 * 1024.0):F1} {result.Verdict} {result.Findings.Length}");
        return 0;
    }

    /// <summary>The process's peak resident set (VmHWM): on Linux what <c>PeakWorkingSet64</c> reads too.</summary>
    private static long HighWaterMarkBytes()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    public static (double Megabytes, string Outcome) Measure(string benchmarkDll, string file)
    {
        var output = ChildProcess.MustRun("dotnet", benchmarkDll, "peak", file).Trim();
        var parts = output.Split(' ', 2);
        return (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }
}

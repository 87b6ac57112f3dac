using System.Runtime.InteropServices;
using AllianceCompliance.Engine;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// The scaling command: measures the issue's targets 1 to 5 in one run on this machine and prints
/// them with the machine's load, so that runs can be compared. <c>ratios [--cli PROGRAM] [1 2 3 4 5]</c>:
/// a subset of targets, or all; the tool under test defaults to a publish of the CLI for this machine
/// (as its tool package), and <c>--cli</c> takes an executable or a framework-dependent <c>.dll</c>.
/// </summary>
internal sealed class Ratios
{
    private readonly AgreementLoader loader = new();
    private readonly RuleSet rules = GuidingOpinions.RuleSet;
    private readonly AgreementChecker checker;
    private readonly string typical = AgreementGenerator.Generate(AgreementGenerator.Typical);
    private readonly string work = Path.Combine(Path.GetTempPath(), $"alliance-bench-{Environment.ProcessId}");

    private Ratios() => checker = new AgreementChecker(rules);

    public static int Run(string[] args)
    {
        var targets = args.Where(a => a is [>= '1' and <= '5']).Select(a => a[0] - '0').ToHashSet();
        bool Wanted(int target) => targets.Count == 0 || targets.Contains(target);
        var ratios = new Ratios();
        Directory.CreateDirectory(ratios.work);
        try
        {
            Print($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}, DATAS {(AppContext.GetData("System.GC.DynamicAdaptationMode") is 0 or "0" ? "off" : "default")}");
            Print($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start: {LoadAverage()}");
            ratios.Describe();
            if (Wanted(1)) ratios.EngineOverhead();
            if (Wanted(2)) ratios.Scaling();
            var cli = Wanted(3) || Wanted(5)
                ? args is ["--cli", var given, ..] ? Path.GetFullPath(given) : Cli.Publish(RepositoryRoot(), ratios.work)
                : null;
            if (Wanted(3)) ratios.ColdStartRatio(cli!);
            if (Wanted(4)) ratios.Batches();
            if (Wanted(5)) ratios.Memory(cli!);
            Print($"load average at end: {LoadAverage()}");
        }
        finally
        {
            Directory.Delete(ratios.work, recursive: true);
        }

        return 0;
    }

    private void Describe()
    {
        var findings = rules.Evaluate(loader.Load(typical).Document!);
        Print($"rule set: {rules.Rules.Length} rules; typical agreement: {AgreementGenerator.Typical} members, {findings.Length} findings");
    }

    private void EngineOverhead()
    {
        var document = loader.Load(typical).Document!;
        for (var i = 0; i < 300; i++)
        {
            loader.Load(typical);
            rules.Evaluate(document);
        }

        var load = Timing.MedianMs(501, () => loader.Load(typical));
        var evaluate = Timing.MedianMs(501, () => rules.Evaluate(document));
        Report(1, "evaluate / load, typical agreement", evaluate / load, "<= 1.0", evaluate / load <= 1.0,
            $"load {load:F3} ms, evaluate {evaluate:F3} ms (medians of 501)");
    }

    private void Scaling()
    {
        var thousand = AgreementGenerator.Generate(1_000);
        var tenThousand = AgreementGenerator.Generate(10_000);
        // Warm until the code is optimized (tiered compilation moves hot methods to tier 1 after 30
        // calls and a delay): with one warm-up, the 1k runs timed tier-0 code, and the ratio was
        // lower when target 2 ran alone than after target 1's warm-ups.
        for (var i = 0; i < 40; i++)
        {
            checker.CheckText(thousand);
        }

        for (var i = 0; i < 3; i++)
        {
            checker.CheckText(tenThousand);
        }
        // Each run on a collected heap, so that no run pays for the garbage of the one before; the
        // two sizes in turns (three 1k checks, then a 10k one, seven times), so that both medians
        // come from the same minutes of a shared machine.
        var (e2e1k, e2e10k) = Timing.Alternate(7, 3, () => checker.CheckText(thousand), () => checker.CheckText(tenThousand), freshHeap: true);
        Print($"    inside the check: 1k {e2e1k.Gc}; 10k {e2e10k.Gc}");
        var big = loader.Load(tenThousand).Document!;
        var evaluate10k = Timing.MedianMs(7, () => rules.Evaluate(big), freshHeap: true);
        Report(2, "10,000 / 1,000 members, end to end", e2e10k.Ms / e2e1k.Ms, "<= 12, and 10k evaluate < 1 s", e2e10k.Ms / e2e1k.Ms <= 12 && evaluate10k < 1000,
            $"1k {e2e1k.Ms:F0} ms (median of 21), 10k {e2e10k.Ms:F0} ms, 10k evaluate {evaluate10k:F0} ms (medians of 7)");
    }

    private void ColdStartRatio(string cli)
    {
        var typicalFile = Path.Combine(work, "typical.yaml");
        File.WriteAllText(typicalFile, typical);
        var hello = ColdStart.BuildHelloWorld(Path.Combine(work, "hello"));
        var (helloMs, checkMs) = ColdStart.Measure(hello, cli, typicalFile, runs: ColdRuns);
        Report(3, "alliance-check check / hello world, cold", checkMs / helloMs, "<= 5, aim 3", checkMs / helloMs <= 5,
            $"hello {helloMs:F0} ms, check {checkMs:F0} ms (medians of {ColdRuns}; tool {cli})");
    }

    private const int Pairs = 9;

    // Cold starts vary with the machine by a tenth from run to run: 30 alternating runs give a steadier median.
    private const int ColdRuns = 30;

    private void Batches()
    {
        var batch = Batch.Agreements(Batch.Size);
        Batch.Check(checker, batch, 2);
        var one = new List<BatchRun>();
        var two = new List<BatchRun>();
        for (var i = 0; i < Pairs; i++)
        {
            one.Add(Measure(() => Batch.Check(checker, batch, 1)));
            two.Add(Measure(() => Batch.Check(checker, batch, 2)));
        }

        Print($"    speed-up per pair, in order: {string.Join(' ', one.Zip(two, (a, b) => (a.Ms / b.Ms).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        Print($"    GC pauses per run: 1 core {one.Average(r => r.GcMs):F0} ms in {one.Average(r => r.Collections):F0} collections, " +
            $"2 cores {two.Average(r => r.GcMs):F0} ms in {two.Average(r => r.Collections):F0}");

        // The CPU time says whether two threads do more work than one (contention); on a loaded
        // machine the wall-clock speed-up is bounded by the cores other processes leave free.
        var (oneMs, twoMs) = (Timing.Median(one.Select(r => r.Ms)), Timing.Median(two.Select(r => r.Ms)));
        var speedup = oneMs / twoMs;
        Report(4, "1,000 typical agreements, 1 core / 2 cores", speedup, ">= 1.7", speedup >= 1.7,
            $"1 core {oneMs:F0} ms, 2 cores {twoMs:F0} ms (medians of {Pairs}); " +
            $"CPU time 2 cores / 1 core {two.Sum(r => r.CpuMs) / one.Sum(r => r.CpuMs):F2}");
    }

    /// <summary>One timed run: wall-clock and CPU time, and the garbage collector's share of it.</summary>
    private static BatchRun Measure(Action action)
    {
        var (cpu, pause, collections) = (CpuTime(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var ms = Timing.MedianMs(1, action);
        return new(ms, (CpuTime() - cpu).TotalMilliseconds, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, GC.CollectionCount(0) - collections);
    }

    private sealed record BatchRun(double Ms, double CpuMs, double GcMs, int Collections);

    private void Memory(string cli)
    {
        var bigFile = Path.Combine(work, "members-10000.yaml");
        File.WriteAllText(bigFile, AgreementGenerator.Generate(10_000));
        var (megabytes, outcome) = PeakMemory.Measure(cli, bigFile);
        Report(5, "peak working set, 10,000 members (MB)", megabytes, "< 300", megabytes < 300, $"alliance-check check, {outcome}");
    }

    private static TimeSpan CpuTime()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static void Report(int target, string what, double value, string goal, bool met, string detail) =>
        Print($"({target}) {what}: {value:F2} (target {goal}) {(met ? "MET" : "NOT MET")} -- {detail}");

    private static void Print(string line) => Console.WriteLine(line);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AllianceCompliance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from a clone of the repository.");
    }
}

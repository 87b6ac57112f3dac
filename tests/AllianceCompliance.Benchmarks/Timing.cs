using System.Diagnostics;

namespace AllianceCompliance.Benchmarks;

/// <summary>Wall-clock timing for the ratios command: medians of repeated runs after a warm-up.</summary>
internal static class Timing
{
    /// <summary>The median; with <paramref name="freshHeap"/>, each run starts after a full collection, as a new process would.</summary>
    public static double MedianMs(int runs, Action action, bool freshHeap = false) => Measure(runs, action, freshHeap).Ms;

    /// <summary>
    /// The median time, and the medians of the garbage collector's pauses and of the collections of
    /// each generation inside the timed runs (not the collection before each).
    /// </summary>
    public static Measured Measure(int runs, Action action, bool freshHeap = false)
    {
        var samples = new List<Sample>(runs);
        for (var i = 0; i < runs; i++)
        {
            samples.Add(Run(action, freshHeap));
        }

        return Summarize(samples);
    }

    /// <summary>
    /// Two pieces of work measured in turns: each of <paramref name="rounds"/> rounds runs
    /// <paramref name="first"/> <paramref name="firstPerRound"/> times, then <paramref name="second"/>
    /// once. A ratio of the two medians then compares runs made under the same conditions: on a shared
    /// machine, timing one piece of work after the other put any slow spell into one side only.
    /// </summary>
    public static (Measured First, Measured Second) Alternate(int rounds, int firstPerRound, Action first, Action second, bool freshHeap = false)
    {
        var (a, b) = (new List<Sample>(), new List<Sample>());
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < firstPerRound; i++)
            {
                a.Add(Run(first, freshHeap));
            }

            b.Add(Run(second, freshHeap));
        }

        return (Summarize(a), Summarize(b));
    }

    private static Sample Run(Action action, bool freshHeap)
    {
        if (freshHeap)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var pause = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var faults = MinorFaults();
        var watch = Stopwatch.StartNew();
        action();
        var ms = watch.Elapsed.TotalMilliseconds;
        faults = MinorFaults() - faults;
        // CollectionCount(n) counts collections of generation n or higher: keep each generation's own.
        var (n2, n1, n0) = (GC.CollectionCount(2) - gen2, GC.CollectionCount(1) - gen1, GC.CollectionCount(0) - gen0);
        return new(ms, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, (n0 - n1, n1 - n2, n2), faults);
    }

    private static Measured Summarize(List<Sample> samples)
    {
        var median = Median(samples.Select(s => s.Ms));
        var at = samples.FindIndex(s => s.Ms == median);
        return new(median, Median(samples.Select(s => s.PauseMs)), samples[at >= 0 ? at : 0].Collections, (long)Median(samples.Select(s => (double)s.Faults)),
            samples.Count(s => s.Collections != default), samples.Count);
    }

    private readonly record struct Sample(double Ms, double PauseMs, (int Gen0, int Gen1, int Gen2) Collections, long Faults);

    // The process's minor page faults so far (Linux; 0 elsewhere): each is a page the kernel maps, and
    // zeroes, on first touch, so they count the memory a run takes from the system anew.
    private static long MinorFaults()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        // Fields after the command's closing parenthesis: state is the 3rd field, minflt the 10th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// A timed run's median, its collector pauses' median, the collections (gen0, gen1, gen2) of the
    /// median run, the median of page faults, and in how many of the runs any collection fell.
    /// </summary>
    internal readonly record struct Measured(double Ms, double PauseMs, (int Gen0, int Gen1, int Gen2) Collections, long Faults, int RunsCollecting, int Runs)
    {
        public string Gc => $"GC {PauseMs:F1} ms in {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2} gen0/1/2 collections (a collection in {RunsCollecting} of {Runs} runs), {Faults} page faults";
    }
}

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
        var times = new double[runs];
        var pauses = new double[runs];
        var collections = new (int Gen0, int Gen1, int Gen2)[runs];
        for (var i = 0; i < runs; i++)
        {
            if (freshHeap)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
            pauses[i] = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            // CollectionCount(n) counts collections of generation n or higher: keep each generation's own.
            var (n2, n1, n0) = (GC.CollectionCount(2) - gen2, GC.CollectionCount(1) - gen1, GC.CollectionCount(0) - gen0);
            collections[i] = (n0 - n1, n1 - n2, n2);
        }

        return new(Median(times), Median(pauses), collections[Array.IndexOf(times, Median(times)) is >= 0 and var at ? at : 0]);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A timed run's median, its collector pauses' median and the collections (gen0, gen1, gen2) of the median run.</summary>
    internal readonly record struct Measured(double Ms, double PauseMs, (int Gen0, int Gen1, int Gen2) Collections)
    {
        public string Gc => $"GC {PauseMs:F1} ms in {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2} gen0/1/2 collections";
    }
}

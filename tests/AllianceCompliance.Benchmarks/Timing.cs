using System.Diagnostics;

namespace AllianceCompliance.Benchmarks;

/// <summary>Wall-clock timing for the ratios command: medians of repeated runs after a warm-up.</summary>
internal static class Timing
{
    /// <summary>The median; with <paramref name="freshHeap"/>, each run starts after a full collection, as a new process would.</summary>
    public static double MedianMs(int runs, Action action, bool freshHeap = false)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            if (freshHeap)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return Median(times);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

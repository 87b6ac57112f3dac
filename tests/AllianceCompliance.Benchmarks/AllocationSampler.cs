using System.Diagnostics.Tracing;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Which types a piece of work allocates, from the runtime's allocation sampling (one event about
/// every 100 KB allocated, naming the type that crossed the mark): a rough but cheap profile.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> samples = [];
    private bool enabled;

    public void Start() => enabled = true;

    public IEnumerable<(string Type, double Share)> Top(int count)
    {
        lock (samples)
        {
            var total = (double)samples.Values.Sum();
            return [.. samples.OrderByDescending(s => s.Value).Take(count).Select(s => (s.Key, s.Value / total))];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1 /* GC */);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!enabled || eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.Payload[eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        lock (samples)
        {
            samples[type] = samples.GetValueOrDefault(type) + 1;
        }
    }
}

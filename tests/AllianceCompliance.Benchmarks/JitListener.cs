using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace AllianceCompliance.Benchmarks;

/// <summary>Records the methods the JIT compiles (what ReadyToRun did not cover): <c>phases FILE --jit</c>.</summary>
internal sealed class JitListener : EventListener
{
    public ConcurrentQueue<string> Methods { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10 /* JIT */);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == "MethodJittingStarted_V1" && eventData.Payload is { } payload)
        {
            var names = eventData.PayloadNames!;
            Methods.Enqueue($"{payload[names.IndexOf("MethodNamespace")]}::{payload[names.IndexOf("MethodName")]}");
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace InnovationNetwork.Bench;

/// <summary>
/// What the searches allocate, by type: the runtime's allocation ticks (one event per ~100 KB allocated,
/// naming the type being allocated then), summed while listening. A sample, not a count, but enough to tell
/// which objects drive the garbage collections (<c>BENCH_SEARCH_ALLOCATIONS=1</c> with <c>BENCH_SEARCH_PROFILE</c>).
/// </summary>
internal sealed class AllocationsByType : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public string Report(int searches, int top = 25) => string.Join(
        "\n",
        _bytes.OrderByDescending(p => p.Value).Take(top)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"  {p.Value / (double)searches / 1024,8:0} KB per search  {p.Key}")));

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeEvents)
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is not { } names || e.Payload is not { } payload)
        {
            return;
        }

        var type = names.IndexOf("TypeName") is var t and >= 0 ? payload[t] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}

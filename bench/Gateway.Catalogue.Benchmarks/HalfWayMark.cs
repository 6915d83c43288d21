using System.Diagnostics;
using System.Globalization;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// The process's CPU time and the clock when half of a run's events were stored, so the second half — warm: the JIT's
/// tiering and the first pages' cold caches behind it — can be reported on its own (CPU an event, events/s).
/// </summary>
internal sealed class HalfWayMark(long total)
{
    private TimeSpan? cpu;
    private TimeSpan elapsed;
    private long stored;

    /// <summary>Takes the mark the first time <paramref name="consumed"/> reaches half of the run.</summary>
    public void Observe(long consumed, TimeSpan now)
    {
        if (cpu is null && consumed * 2 >= total)
        {
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            elapsed = now;
            stored = consumed;
        }
    }

    /// <summary>The second half's CPU an event and rate, given the process's CPU and the clock when the last was stored.</summary>
    public string? Describe(TimeSpan cpuAtEnd, TimeSpan endedAt, long total)
    {
        if (cpu is not { } atHalf || total == stored || endedAt <= elapsed)
        {
            return null;
        }

        var events = total - stored;
        return string.Create(CultureInfo.InvariantCulture,
            $"second half (warm): {events:N0} events, process CPU {(cpuAtEnd - atHalf).TotalSeconds:F1} s ({(cpuAtEnd - atHalf).TotalMilliseconds / events:F3} ms an event), {events / (endedAt - elapsed).TotalSeconds:N0} events/s ingested");
    }
}

using System.Collections.Concurrent;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Wakes a system's harvest loop before its poll interval ends. A pushed vendor event only says "look now": the
/// harvest stays the one path that reads and publishes, so a change pushed and then polled is published once.
/// </summary>
public sealed class HarvestTrigger
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);

    /// <summary>Asks the system's loop to harvest now (signals collapse: many events before a pass wake it once).</summary>
    public void Wake(string systemId)
    {
        var signal = Signal(systemId);
        lock (signal)
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    /// <summary>Waits for the poll interval or a wake-up, whichever comes first.</summary>
    internal async Task WaitAsync(string systemId, TimeSpan interval, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(interval);
        try
        {
            await Signal(systemId).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval ended without a wake-up.
        }
    }

    private SemaphoreSlim Signal(string systemId) => _signals.GetOrAdd(systemId, _ => new SemaphoreSlim(0, 1));
}

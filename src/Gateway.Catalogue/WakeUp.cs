using System.Threading.Channels;

namespace Gateway.Catalogue;

/// <summary>
/// Wakes one background loop: <see cref="Notify"/> never blocks, and any number of notifications since the last wait
/// wake it once (one pending wake-up at most). Shared by the search stage's and the WAL checkpointer's signals.
/// </summary>
internal sealed class WakeUp
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Says there is work.</summary>
    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up.</summary>
    public async Task WaitAsync(CancellationToken ct) => await _wakeUps.Reader.ReadAsync(ct);

    /// <summary>Waits for a wake-up or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // the timeout: look anyway
        }
    }
}

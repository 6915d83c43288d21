using System.Threading.Channels;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Wakes the search refresher when ingest has committed marks (one pending wake-up at most; the refresher also looks
/// on its own every <see cref="ClusterSearchRefreshService.PollInterval"/>, so a lost wake-up only delays).
/// </summary>
internal sealed class SearchRefreshSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Says there may be marks to process.</summary>
    public void Notify() => _wakeUps.Writer.TryWrite(true);

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

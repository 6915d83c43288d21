namespace Gateway.Catalogue.Search;

/// <summary>
/// Wakes the search refresher when ingest has committed marks (one pending wake-up at most; the refresher also looks
/// on its own every <see cref="ClusterSearchRefreshService.PollInterval"/>, so a lost wake-up only delays).
/// </summary>
internal sealed class SearchRefreshSignal
{
    private readonly WakeUp _wakeUp = new();

    /// <summary>Says there may be marks to process.</summary>
    public void Notify() => _wakeUp.Notify();

    /// <summary>Waits for a wake-up or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _wakeUp.WaitAsync(timeout, ct);
}

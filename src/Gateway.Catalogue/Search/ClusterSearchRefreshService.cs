using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Runs <see cref="ClusterSearchRefresher"/> in the catalogue's process (decision 0030): at start (marks a crash left
/// are processed first), whenever ingest commits (<see cref="SearchRefreshSignal"/>), and every
/// <see cref="PollInterval"/>. It refreshes full batches while there are full batches to take, then lets marks gather
/// for <see cref="GatherDelay"/> after the next wake-up: while a bulk load runs, each batch waits for its write turn
/// between two pages (decision 0044), and a batch of a page's hundred marks would cost nearly what a full one costs
/// (the cluster reads, one transaction, the full-text index's flush). A failing batch is logged and tried again after
/// <see cref="RetryDelay"/>; its marks stay.
/// </summary>
internal sealed partial class ClusterSearchRefreshService(
    ClusterSearchRefresher refresher, SearchRefreshSignal signal, ILogger<ClusterSearchRefreshService> logger) : BackgroundService
{
    /// <summary>How often the backlog is looked at without a wake-up.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long marks gather after a wake-up before a batch that is not full: how late a search row is, at most, besides the batch itself.</summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromSeconds(1);

    /// <summary>The pause after a failed batch.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while ((await refresher.RefreshBatchAsync(stoppingToken)).Marks == ClusterSearchRefresher.BatchSize)
                {
                    // a full batch: more may be waiting, take the next at once
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
                await Task.Delay(GatherDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the next attempt may succeed (a locked or restarting database); the marks are kept
            catch (Exception exception)
#pragma warning restore CA1031
            {
                BatchFailed(logger, exception, refresher.Backlog);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search rows could not be refreshed ({Backlog} marks waiting); trying again")]
    private static partial void BatchFailed(ILogger logger, Exception exception, long backlog);
}

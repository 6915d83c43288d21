using Gateway.Adapters.Koha.Vendor;
using Gateway.Adapters.Koha.Options;
using Gateway.Systems;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Follows every enabled Koha system of the registry, each in its own loop: pages until caught up, then polls.
/// A failing system backs off on its own (doubling up to <see cref="KohaAdapterOptions.MaxBackoff"/>) without
/// holding up the others.
/// </summary>
internal sealed class KohaHarvestWorker(
    ISystemsRegistry registry, KohaHarvester harvester, KohaItemHarvester items, StartPositionResolver starts, HarvestStatusBoard status, HarvestTrigger trigger,
    IOptions<KohaAdapterOptions> options, TimeProvider clock, ILogger<KohaHarvestWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var systems = registry.EnabledOf(Vendors.Koha).ToList();
        KohaAdapterLog.Starting(logger, systems.Count, string.Join(", ", systems.Select(s => s.Id)));
        return Task.WhenAll(systems.Select(s => FollowAsync(s, stoppingToken)));
    }

    private async Task FollowAsync(RegionalSystem system, CancellationToken ct)
    {
        HarvestPosition? records = null, deletions = null, itemPosition = null;
        var started = false;
        var backoff = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (!started)
                {
                    records = await starts.ResolveAsync(system.Id, HarvestStreams.Records, ct);
                    deletions = await starts.ResolveAsync(system.Id, HarvestStreams.Deletions, ct);
                    itemPosition = await starts.ResolveAsync(system.Id, HarvestStreams.Items, ct);
                    await items.ForgetPublishedAfterAsync(system, itemPosition, ct);
                    started = true;
                }

                int readRecords, readDeletions, readItems;
                (records, readRecords) = await harvester.HarvestRecordRunAsync(system, records, ct);
                (deletions, readDeletions) = await harvester.HarvestDeletionsAsync(system, deletions, ct);
                (itemPosition, readItems) = await items.HarvestItemsAsync(system, itemPosition, ct);
                status.Succeeded(system.Id, clock.GetUtcNow());
                backoff = TimeSpan.FromSeconds(1);
                if (readRecords == 0 && readDeletions == 0 && readItems == 0)
                {
                    await trigger.WaitAsync(system.Id, options.Value.PollInterval, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                KohaAdapterMetrics.Failures.Add(1, KohaAdapterMetrics.System(system.Id));
                KohaAdapterLog.HarvestFailed(logger, system.Id, backoff, e.Message);
                status.Failed(system.Id, clock.GetUtcNow(), e.Message);
                await Task.Delay(backoff, clock, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
            }
        }
    }
}

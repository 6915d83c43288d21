using Gateway.Adapters.Koha.Vendor;
using Gateway.Adapters.Koha.Options;
using Gateway.Systems;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Follows every enabled Koha system of the registry, each in its own loop: pages until caught up, then polls.
/// Streams per system: records, deletions (<c>/deleted/biblios</c>, unless the system's OAI-PMH settings turn it off),
/// items, and, for systems with OAI-PMH settings, an OAI-PMH pass for deletions once the others have caught up.
/// A failing system backs off on its own (doubling up to <see cref="KohaAdapterOptions.MaxBackoff"/>) without
/// holding up the others.
/// </summary>
internal sealed class KohaHarvestWorker(
    ISystemsRegistry registry, KohaHarvester harvester, KohaItemHarvester items, KohaOaiHarvester oai, RemovalLedger removals,
    StartPositionResolver starts, HarvestStatusBoard status, HarvestTrigger trigger,
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
        HarvestPosition? records = null, deletions = null, itemPosition = null, oaiPosition = null;
        var oaiSettings = oai.For(system);
        var restDeletions = oaiSettings?.RestDeletions ?? true;
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
                    if (restDeletions)
                    {
                        await removals.ForgetRecordDeletionsAsync(system.Id, deletions?.Timestamp, ct);
                    }

                    if (oaiSettings is not null)
                    {
                        oaiPosition = await oai.ResolveStartAsync(system, ct);
                    }

                    started = true;
                }

                int readRecords, readDeletions = 0, readItems;
                (records, readRecords) = await harvester.HarvestRecordRunAsync(system, records, ct);
                if (restDeletions)
                {
                    (deletions, readDeletions) = await harvester.HarvestDeletionsAsync(system, deletions, ct);
                }

                (itemPosition, readItems) = await items.HarvestItemsAsync(system, itemPosition, ct);
                if (oaiPosition is not null && readRecords == 0 && readItems == 0)
                {
                    // Once records and items have caught up: the removals compare against what they published.
                    oaiPosition = await oai.HarvestAsync(system, oaiPosition, ct);
                }
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

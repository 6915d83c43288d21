using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Follows Koha's item changes (<c>GET /api/v1/items</c> by keyset on (timestamp, item_id)). Each changed item is
/// compared with what was last published: a new, moved or re-shelved item becomes a <see cref="HoldingsChanged"/>, a new
/// circulation state an <see cref="ItemAvailabilityChanged"/>, and a change that alters neither publishes nothing.
/// A page's changes go out as one <see cref="ItemsChanged"/> run in item order (decision 0036: one message and one
/// catalogue transaction a page), so the catalogue's ingest watermark stays exact. The published state and the
/// checkpoint are saved together after the publish.
/// </summary>
internal sealed class KohaItemHarvester(
    KohaApiClient api, IDbContextFactory<AdapterStateDbContext> dbs, CheckpointStore checkpoints, IBus bus,
    IOptions<KohaAdapterOptions> options, TimeProvider clock, ILogger<KohaItemHarvester> logger)
{
    /// <summary>
    /// Forgets what was published after a resume position, so that items re-read from an earlier position (the
    /// catalogue stored less than the adapter published: in-memory messages lost) are published again.
    /// </summary>
    public async Task ForgetPublishedAfterAsync(RegionalSystem system, HarvestPosition? start, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var after = start?.Timestamp.UtcDateTime ?? DateTime.MinValue;
        await db.PublishedItems.Where(p => p.SystemId == system.Id && p.Timestamp >= after).ExecuteDeleteAsync(ct);
    }

    public async Task<(HarvestPosition? Position, int Read)> HarvestItemsAsync(
        RegionalSystem system, HarvestPosition? position, CancellationToken ct)
    {
        var items = await api.ListItemsChangedAsync(system, position, clock.GetUtcNow() - options.Value.SettleTime, options.Value.PageSize, ct);
        if (items.Count == 0)
        {
            return (position, 0);
        }

        var ids = items.Select(i => i.ItemId).ToList();
        var holds = (await api.ListShelvedHoldsAsync(system, ids, ct))
            .Where(h => h.ItemId is not null)
            .GroupBy(h => h.ItemId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        await using var db = await dbs.CreateDbContextAsync(ct);
        var published = await db.PublishedItems.Where(p => p.SystemId == system.Id && ids.Contains(p.ItemId)).ToDictionaryAsync(p => p.ItemId, ct);

        var correlationId = NewId.NextGuid();
        var changes = new List<ItemChange>();
        foreach (var item in items)
        {
            var state = KohaItemStatusMapper.Map(item, holds.GetValueOrDefault(item.ItemId));
            published.TryGetValue(item.ItemId, out var before);
            if (KohaItemMapper.HoldingChanged(before, item))
            {
                changes.Add(new ItemChange { Holdings = KohaItemMapper.ToHoldings(system.Id, item, correlationId) });
            }

            if (KohaItemMapper.AvailabilityChanged(before, state))
            {
                changes.Add(new ItemChange { Availability = KohaItemMapper.ToAvailability(system.Id, item, state, correlationId) });
            }

            if (before is null)
            {
                before = new PublishedItem { SystemId = system.Id, ItemId = item.ItemId, LibraryCode = "", Status = "" };
                db.PublishedItems.Add(before);
                published[item.ItemId] = before;
            }

            KohaItemMapper.Remember(before, item, state);
        }

        if (changes.Count > 0)
        {
            await bus.Publish(new ItemsChanged { SystemId = system.Id, CorrelationId = correlationId, Changes = changes }, ct);
        }

        var last = items[^1];
        var next = new HarvestPosition(last.Timestamp.ToUniversalTime(), last.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await checkpoints.StageAsync(db, system.Id, HarvestStreams.Items, next, ct);
        await db.SaveChangesAsync(ct);
        KohaAdapterMetrics.Published.Add(changes.Count, KohaAdapterMetrics.System(system.Id), new("stream", HarvestStreams.Items));
        KohaAdapterLog.Published(logger, system.Id, HarvestStreams.Items, changes.Count, next.ToString());
        return (next, items.Count);
    }
}

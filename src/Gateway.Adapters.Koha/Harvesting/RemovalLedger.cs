using System.Globalization;
using Gateway.Adapters.Koha.State;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Publishes deletions once. Record deletions reach the adapter on two paths (<c>/deleted/biblios</c> and OAI-PMH
/// deleted headers); whichever sees one first publishes it and the other finds it here. Item removals are kept
/// too, because no Koha list shows a deleted item twice: after a rewind they are published again from here. What
/// was deleted also leaves the published-item state.
/// </summary>
internal sealed class RemovalLedger(IDbContextFactory<AdapterStateDbContext> dbs, IBus bus)
{
    /// <summary>
    /// Publishes the deletions not published before and the item removals, in (time, record) order so the catalogue's
    /// watermarks stay exact; returns how many messages went out.
    /// </summary>
    public async Task<int> PublishAsync(
        string systemId, IReadOnlyList<BibliographicRecordDeleted> deletions, IReadOnlyList<HoldingsRemoved> removals, CancellationToken ct)
    {
        if (deletions.Count == 0 && removals.Count == 0)
        {
            return 0;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var candidates = deletions.Select(d => Id(d.VendorRecordId)).ToList();
        var known = (await db.PublishedRemovals
            .Where(r => r.SystemId == systemId && r.Kind == RemovalKinds.Record && candidates.Contains(r.VendorId))
            .Select(r => r.VendorId).ToListAsync(ct)).ToHashSet();
        var fresh = deletions.Where(d => known.Add(Id(d.VendorRecordId))).ToList();

        var messages = fresh.Select(d => (d.SourceTimestamp, Id(d.VendorRecordId), Message: (object)d))
            .Concat(removals.Select(r => (r.SourceTimestamp, Id(r.VendorRecordId), Message: (object)r)))
            .OrderBy(m => m.SourceTimestamp).ThenBy(m => m.Item2).Select(m => m.Message).ToList();
        if (messages.Count == 0)
        {
            return 0;
        }

        await bus.PublishBatch(messages, ct);

        foreach (var deleted in fresh)
        {
            var id = Id(deleted.VendorRecordId);
            db.PublishedRemovals.Add(new PublishedRemoval
            {
                SystemId = systemId,
                Kind = RemovalKinds.Record,
                VendorId = id,
                BiblioId = id,
                RemovedAt = deleted.SourceTimestamp.UtcDateTime,
            });
        }

        var itemIds = new List<long>();
        foreach (var removal in removals)
        {
            foreach (var itemId in removal.VendorItemIds.Select(Id))
            {
                itemIds.Add(itemId);
                var entry = await db.PublishedRemovals.FindAsync([systemId, RemovalKinds.Item, itemId], ct);
                if (entry is null)
                {
                    db.PublishedRemovals.Add(entry = new PublishedRemoval { SystemId = systemId, Kind = RemovalKinds.Item, VendorId = itemId });
                }

                entry.BiblioId = Id(removal.VendorRecordId);
                entry.RemovedAt = removal.SourceTimestamp.UtcDateTime;
            }
        }

        var gone = fresh.Select(d => Id(d.VendorRecordId)).ToList();
        await db.PublishedItems.Where(p => p.SystemId == systemId && (itemIds.Contains(p.ItemId) || gone.Contains(p.BiblioId))).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        return messages.Count;
    }

    /// <summary>After a rewind: record deletions from <paramref name="from"/> on (null: all) are forgotten, so the re-read publishes them again.</summary>
    public async Task ForgetRecordDeletionsAsync(string systemId, DateTimeOffset? from, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var after = from?.UtcDateTime ?? DateTime.MinValue;
        await db.PublishedRemovals.Where(r => r.SystemId == systemId && r.Kind == RemovalKinds.Record && r.RemovedAt >= after).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// After a rewind: item removals from <paramref name="from"/> on (null: all) are published again now, since no
    /// Koha list shows a deleted item twice. Returns how many items.
    /// </summary>
    public async Task<int> RepublishItemRemovalsAsync(string systemId, DateTimeOffset? from, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var after = from?.UtcDateTime ?? DateTime.MinValue;
        var again = await db.PublishedRemovals.AsNoTracking()
            .Where(r => r.SystemId == systemId && r.Kind == RemovalKinds.Item && r.RemovedAt >= after).ToListAsync(ct);
        var correlationId = NewId.NextGuid();
        var messages = again.GroupBy(r => (r.BiblioId, r.RemovedAt)).OrderBy(g => g.Key.RemovedAt).ThenBy(g => g.Key.BiblioId)
            .Select(g => new HoldingsRemoved
            {
                SystemId = systemId,
                VendorRecordId = g.Key.BiblioId.ToString(CultureInfo.InvariantCulture),
                VendorItemIds = [.. g.Select(r => r.VendorId.ToString(CultureInfo.InvariantCulture))],
                SourceTimestamp = new DateTimeOffset(DateTime.SpecifyKind(g.Key.RemovedAt, DateTimeKind.Utc)),
                CorrelationId = correlationId,
            }).ToList();
        await bus.PublishBatch(messages, ct);
        return again.Count;
    }

    private static long Id(string vendorId) => long.Parse(vendorId, CultureInfo.InvariantCulture);
}

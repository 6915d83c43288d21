using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consolidation;

/// <summary>Loads what the consolidated records of a page of clusters are made of, in a few queries per system.</summary>
internal static class ConsolidationLoader
{
    public static async Task<IReadOnlyDictionary<string, ConsolidationInput>> LoadAsync(
        CatalogueDbContext db, IReadOnlyCollection<Cluster> clusters, CancellationToken ct)
    {
        var ids = clusters.Select(c => c.Id).ToList();
        var memberships = await db.ClusterMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.ClusterId))
            .Select(m => new { m.ClusterId, m.SourceId })
            .ToListAsync(ct);

        var records = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        var items = new List<SourceItem>();
        var parsed = memberships
            .Select(m => RecordId.TryParse(m.SourceId, out var system, out var record) ? (System: system, Record: record) : default)
            .Where(m => m.System is not null);
        foreach (var system in parsed.GroupBy(m => m.System, StringComparer.Ordinal))
        {
            var systemId = system.Key;
            var recordIds = system.Select(m => m.Record).Distinct(StringComparer.Ordinal).ToList();
            foreach (var record in await db.SourceRecords.AsNoTracking()
                .Where(r => r.SystemId == systemId && recordIds.Contains(r.VendorRecordId) && !r.IsDeleted).ToListAsync(ct))
            {
                records[RecordId.Format(record.SystemId, record.VendorRecordId)] = record;
            }

            items.AddRange(await db.SourceItems.AsNoTracking()
                .Where(i => i.SystemId == systemId && recordIds.Contains(i.VendorRecordId)).ToListAsync(ct));
        }

        var itemsByRecord = items.ToLookup(i => RecordId.Format(i.SystemId, i.VendorRecordId), StringComparer.Ordinal);
        var membersByCluster = memberships.ToLookup(m => m.ClusterId, m => m.SourceId, StringComparer.Ordinal);
        return clusters.ToDictionary(
            c => c.Id,
            c =>
            {
                var members = membersByCluster[c.Id].Where(records.ContainsKey).Order(StringComparer.Ordinal).ToList();
                return new ConsolidationInput(c, [.. members.Select(m => records[m])], [.. members.SelectMany(m => itemsByRecord[m])]);
            },
            StringComparer.Ordinal);
    }
}

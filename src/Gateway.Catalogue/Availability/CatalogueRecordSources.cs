using Gateway.Availability.Resolution;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Availability;

/// <summary>
/// The catalogue's answer to "which systems hold these records" for the availability service: a consolidated record
/// (<c>c…</c>; one merged away is followed to the cluster that took its members) resolves to its live member source
/// records, a source record to itself unless deleted; each with the libraries that hold items of it.
/// </summary>
internal sealed class CatalogueRecordSources(CatalogueDbContext db) : IRecordSources
{
    public async Task<IReadOnlyDictionary<string, ResolvedRecord>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var members = await ClusterMembersAsync([.. ids.Where(RecordIds.IsClusterId)], ct);
        var sourceIds = ids.Where(id => !RecordIds.IsClusterId(id)).Concat(members.SelectMany(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
        var live = await LiveSourcesAsync(sourceIds, ct);
        var libraries = await LibrariesAsync(live, ct);

        var resolved = new Dictionary<string, ResolvedRecord>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var sources = (RecordIds.IsClusterId(id) ? members.GetValueOrDefault(id) ?? [] : [id])
                .Where(live.Contains)
                .Order(StringComparer.Ordinal)
                .Select(s => Holding(s, libraries))
                .ToList();
            resolved[id] = new ResolvedRecord(id, sources);
        }

        return resolved;
    }

    private async Task<Dictionary<string, List<string>>> ClusterMembersAsync(List<string> clusterIds, CancellationToken ct)
    {
        if (clusterIds.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var mergedInto = await db.Clusters.AsNoTracking()
            .Where(c => clusterIds.Contains(c.Id) && c.MergedInto != null)
            .ToDictionaryAsync(c => c.Id, c => c.MergedInto!, StringComparer.Ordinal, ct);
        var current = clusterIds.ToDictionary(id => id, id => mergedInto.GetValueOrDefault(id) ?? id, StringComparer.Ordinal);
        var targets = current.Values.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.ClusterMemberships.AsNoTracking()
            .Where(m => targets.Contains(m.ClusterId))
            .Select(m => new { m.ClusterId, m.SourceId })
            .ToListAsync(ct);
        var byCluster = rows.ToLookup(r => r.ClusterId, r => r.SourceId, StringComparer.Ordinal);
        return current.ToDictionary(p => p.Key, p => byCluster[p.Value].ToList(), StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> LiveSourcesAsync(List<string> sourceIds, CancellationToken ct)
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        var parsed = sourceIds.Select(id => RecordIds.TryParseSource(id, out var system, out var vendorId) ? (system, vendorId) : default)
            .Where(p => p.system is not null);
        foreach (var system in parsed.GroupBy(p => p.system, StringComparer.Ordinal))
        {
            var vendorIds = system.Select(p => p.vendorId).ToList();
            var found = await db.SourceRecords.AsNoTracking()
                .Where(r => r.SystemId == system.Key && vendorIds.Contains(r.VendorRecordId) && !r.IsDeleted)
                .Select(r => r.VendorRecordId)
                .ToListAsync(ct);
            live.UnionWith(found.Select(v => $"{system.Key}:{v}"));
        }

        return live;
    }

    private async Task<ILookup<string, string>> LibrariesAsync(HashSet<string> live, CancellationToken ct)
    {
        var rows = new List<(string SourceId, string LibraryCode)>();
        foreach (var system in live.Select(Split).GroupBy(p => p.SystemId, StringComparer.Ordinal))
        {
            var vendorIds = system.Select(p => p.VendorRecordId).ToList();
            var found = await db.SourceItems.AsNoTracking()
                .Where(i => i.SystemId == system.Key && vendorIds.Contains(i.VendorRecordId) && i.LibraryCode != "")
                .Select(i => new { i.VendorRecordId, i.LibraryCode })
                .Distinct()
                .ToListAsync(ct);
            rows.AddRange(found.Select(f => ($"{system.Key}:{f.VendorRecordId}", f.LibraryCode)));
        }

        return rows.ToLookup(r => r.SourceId, r => r.LibraryCode, StringComparer.Ordinal);
    }

    private static SourceHolding Holding(string sourceId, ILookup<string, string> libraries)
    {
        var (systemId, vendorRecordId) = Split(sourceId);
        return new SourceHolding(systemId, vendorRecordId, [.. libraries[sourceId].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static (string SystemId, string VendorRecordId) Split(string sourceId)
    {
        return RecordIds.TryParseSource(sourceId, out var systemId, out var vendorRecordId) ? (systemId, vendorRecordId) : (sourceId, "");
    }
}

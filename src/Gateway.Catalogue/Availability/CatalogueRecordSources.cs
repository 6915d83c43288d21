using Gateway.Availability.Resolution;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Availability;

/// <summary>
/// The catalogue's answer to "which systems hold these records" for the availability service: a consolidated record
/// (<c>c…</c>; one merged away is followed to the cluster that took its members) resolves to its live member source
/// records, a source record to itself unless deleted; each with the libraries that hold items of it.
/// </summary>
/// <remarks>
/// It runs before every availability answer, so it costs at most three queries whatever the number of systems: the
/// asked clusters' members (the candidates: none for source ids, which stand for themselves), then — while the vendors
/// are already being asked — the live source records and their items' libraries, each read for every system at once by
/// (system in …, vendor id in …) over the unique index and filtered to the asked pairs in memory.
/// </remarks>
internal sealed class CatalogueRecordSources(CatalogueDbContext db) : IRecordSources
{
    public async Task<RecordCandidates> CandidatesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var clusterIds = ids.Where(RecordIds.IsClusterId).Distinct(StringComparer.Ordinal).ToList();
        var members = clusterIds.Count == 0 ? new(StringComparer.Ordinal) : await ClusterMembersAsync(clusterIds, ct);
        var candidates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            candidates[id] = RecordIds.IsClusterId(id)
                ? members.GetValueOrDefault(id) ?? []
                : RecordIds.TryParseSource(id, out _, out _) ? [id] : [];
        }

        return new RecordCandidates(candidates);
    }

    public async Task<IReadOnlyDictionary<string, ResolvedRecord>> ConfirmAsync(RecordCandidates candidates, CancellationToken ct)
    {
        var keys = SourceKeys.Of(candidates.SourceIds);
        if (keys.Ids.Count == 0)
        {
            return candidates.SourcesById.ToDictionary(c => c.Key, c => new ResolvedRecord(c.Key, []), StringComparer.Ordinal);
        }

        // One connection for both queries (EF would open and close it around each).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var live = await LiveSourcesAsync(keys, ct);
            var libraries = await LibrariesAsync(SourceKeys.Of(live), ct);
            return candidates.SourcesById.ToDictionary(
                c => c.Key,
                c => new ResolvedRecord(c.Key, [.. c.Value.Where(live.Contains).Order(StringComparer.Ordinal).Select(s => Holding(s, libraries))]),
                StringComparer.Ordinal);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Each asked cluster's member source ids, through the cluster it was merged into (one query).</summary>
    private async Task<Dictionary<string, List<string>>> ClusterMembersAsync(List<string> clusterIds, CancellationToken ct)
    {
        if (clusterIds.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var rows = await db.Clusters.AsNoTracking()
            .Where(c => clusterIds.Contains(c.Id))
            .Join(db.ClusterMemberships, c => c.MergedInto ?? c.Id, m => m.ClusterId, (c, m) => new { c.Id, m.SourceId })
            .ToListAsync(ct);
        var byCluster = rows.ToLookup(r => r.Id, r => r.SourceId, StringComparer.Ordinal);
        return clusterIds.ToDictionary(id => id, id => byCluster[id].ToList(), StringComparer.Ordinal);
    }

    /// <summary>The asked source ids that the catalogue holds and that are not deleted (one query).</summary>
    private async Task<HashSet<string>> LiveSourcesAsync(SourceKeys keys, CancellationToken ct)
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Ids.Count == 0)
        {
            return live;
        }

        var (systems, vendorIds) = (keys.Systems, keys.VendorIds);
        var found = await db.SourceRecords.AsNoTracking()
            .Where(r => systems.Contains(r.SystemId) && vendorIds.Contains(r.VendorRecordId) && !r.IsDeleted)
            .Select(r => new { r.SystemId, r.VendorRecordId })
            .ToListAsync(ct);
        foreach (var row in found)
        {
            var id = $"{row.SystemId}:{row.VendorRecordId}";
            if (keys.Ids.Contains(id))
            {
                live.Add(id);
            }
        }

        return live;
    }

    /// <summary>The libraries holding items of each live source record (one query).</summary>
    private async Task<ILookup<string, string>> LibrariesAsync(SourceKeys keys, CancellationToken ct)
    {
        if (keys.Ids.Count == 0)
        {
            return Array.Empty<string>().ToLookup(s => s, StringComparer.Ordinal);
        }

        var (systems, vendorIds) = (keys.Systems, keys.VendorIds);
        var found = await db.SourceItems.AsNoTracking()
            .Where(i => systems.Contains(i.SystemId) && vendorIds.Contains(i.VendorRecordId) && i.LibraryCode != "")
            .Select(i => new { i.SystemId, i.VendorRecordId, i.LibraryCode })
            .Distinct()
            .ToListAsync(ct);
        return found
            .Select(f => (SourceId: $"{f.SystemId}:{f.VendorRecordId}", f.LibraryCode))
            .Where(f => keys.Ids.Contains(f.SourceId))
            .ToLookup(f => f.SourceId, f => f.LibraryCode, StringComparer.Ordinal);
    }

    private static SourceHolding Holding(string sourceId, ILookup<string, string> libraries)
    {
        var (systemId, vendorRecordId) = SourceKeys.Split(sourceId);
        return new SourceHolding(systemId, vendorRecordId, [.. libraries[sourceId].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}

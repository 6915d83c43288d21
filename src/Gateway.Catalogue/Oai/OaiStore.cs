using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// The provider's queries. A list pages by keyset over the datestamp log: versions with seq in (after, bound] that are
/// the newest version of their cluster at or below the bound (decision 0018), so a record changed during a harvest is
/// listed once, where it stood when the list began, and a new record waits for the next harvest. No OFFSET anywhere.
/// </summary>
internal sealed class OaiStore(CatalogueDbContext db)
{
    /// <summary>The newest version: the bound a new list fixes.</summary>
    public async Task<long> NewestVersionAsync(CancellationToken ct) =>
        await db.ClusterVersions.MaxAsync(v => (long?)v.Seq, ct) ?? 0;

    public Task<int> CountAsync(ListSpec spec, long bound, CancellationToken ct) => Selected(spec, bound).CountAsync(ct);

    /// <summary>Up to <paramref name="take"/> (seq, cluster id) of the list after <paramref name="after"/>, in seq order.</summary>
    public async Task<IReadOnlyList<(long Seq, string ClusterId)>> PageAsync(ListSpec spec, long bound, long after, int take, CancellationToken ct)
    {
        var rows = await Selected(spec, bound).Where(v => v.Seq > after).OrderBy(v => v.Seq).Take(take)
            .Select(v => new { v.Seq, v.ClusterId }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Seq, r.ClusterId))];
    }

    /// <summary>The clusters of a page, with their sets (current state: content is always the newest).</summary>
    public async Task<(IReadOnlyDictionary<string, Cluster> Clusters, ILookup<string, string> Sets)> LoadAsync(
        IReadOnlyCollection<string> clusterIds, CancellationToken ct)
    {
        var ids = clusterIds.ToList();
        var clusters = await db.Clusters.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct);
        var sets = await db.ClusterSets.AsNoTracking().Where(s => ids.Contains(s.ClusterId)).ToListAsync(ct);
        return (clusters, sets.OrderBy(s => s.SetSpec, StringComparer.Ordinal).ToLookup(s => s.ClusterId, s => s.SetSpec, StringComparer.Ordinal));
    }

    public Task<Cluster?> FindAsync(string clusterId, CancellationToken ct) =>
        db.Clusters.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clusterId, ct);

    /// <summary>The earliest datestamp of any record (deleted ones included), or null when there is none.</summary>
    public Task<DateTime?> EarliestDatestampAsync(CancellationToken ct) => db.Clusters.MinAsync(c => (DateTime?)c.Datestamp, ct);

    private IQueryable<ClusterVersion> Selected(ListSpec spec, long bound)
    {
        var versions = db.ClusterVersions.AsNoTracking()
            .Where(v => v.Seq <= bound && !db.ClusterVersions.Any(n => n.ClusterId == v.ClusterId && n.Seq > v.Seq && n.Seq <= bound));
        if (spec.From is { } from)
        {
            versions = versions.Where(v => v.Datestamp >= from);
        }

        if (spec.UntilExclusive is { } until)
        {
            versions = versions.Where(v => v.Datestamp < until);
        }

        if (spec.Set is { } set)
        {
            versions = versions.Where(v => db.ClusterSets.Any(s => s.SetSpec == set && s.ClusterId == v.ClusterId));
        }

        return versions;
    }
}

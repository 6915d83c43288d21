using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// The provider's queries. A list pages by keyset over the datestamp log: versions with seq in (after, bound] that are
/// the newest version of their cluster at or below the bound (decision 0018), so a record changed during a harvest is
/// listed once, where it stood when the list began, and a new record waits for the next harvest. No OFFSET anywhere.
/// </summary>
internal sealed class OaiStore(CatalogueDbContext db, ISystemsRegistry registry)
{
    /// <summary>
    /// What finding a record's newest version (a probe of the log's (cluster, seq) index) costs beside stepping over
    /// one version in seq order, roughly (8 µs and 0.18 µs at a million versions on SQLite): a <c>from</c> list's
    /// start is looked up only when its window is smaller than the log by more than this factor.
    /// </summary>
    internal const int ProbeCost = 50;

    /// <summary>
    /// The bound, size and starting point of a new list, in one statement. The size is counted over the clusters rather
    /// than the log: in one snapshot, the records a list shows under bound B (the newest version at or below B of each
    /// cluster) are exactly the clusters there are, each at its current datestamp, because a cluster's row and each of
    /// its datestamp changes are saved with a version carrying that datestamp (<see cref="ClusterChangeRecorder"/>,
    /// <see cref="PageChangeRecorder"/>), B is the newest version that snapshot holds, and pruning keeps a cluster's
    /// newest version. So the count is an index range (or the table's count), not a pass over the log with a probe a
    /// version (decision 0032). With a <c>from</c> date and a window of fewer than one record for every
    /// <see cref="ProbeCost"/> versions, the list starts at the oldest of its records' newest versions instead of the
    /// log's start, so a small incremental list does not scan the log before its first record.
    /// </summary>
    public async Task<ListStart> StartAsync(ListSpec spec, CancellationToken ct)
    {
        var listed = Listed(spec);
        var newest = db.ClusterVersions.AsNoTracking().OrderByDescending(v => v.Seq);
        if (spec.From is null)
        {
            var start = await newest.Select(v => new { v.Seq, Size = listed.Count() }).FirstOrDefaultAsync(ct);
            return start is null ? new ListStart(0, 0, 0) : new ListStart(start.Seq, start.Size, 0);
        }

        // The start is worth finding only for a window small beside the log (a CASE: not evaluated otherwise).
        var from = await newest.Select(v => new
        {
            v.Seq,
            Size = listed.Count(),
            First = (long)listed.Count() * ProbeCost <= v.Seq
                ? listed.Min(id => db.ClusterVersions.Where(n => n.ClusterId == id).Max(n => (long?)n.Seq))
                : null,
        }).FirstOrDefaultAsync(ct);
        return from is null ? new ListStart(0, 0, 0) : new ListStart(from.Seq, from.Size, from.First is { } first ? first - 1 : 0);
    }

    /// <summary>Up to <paramref name="take"/> (seq, cluster id) of the list after <paramref name="after"/>, in seq order.</summary>
    public async Task<IReadOnlyList<(long Seq, string ClusterId)>> PageAsync(ListSpec spec, long bound, long after, int take, CancellationToken ct)
    {
        var rows = await Selected(spec, bound).Where(v => v.Seq > after).OrderBy(v => v.Seq).Take(take)
            .Select(v => new { v.Seq, v.ClusterId }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Seq, r.ClusterId))];
    }

    /// <summary>
    /// The clusters of a page, with their sets (current state: content is always the newest): the stored ones and the
    /// regions and parents they imply (<see cref="StoredSets.Expand"/>).
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, Cluster> Clusters, ILookup<string, string> Sets)> LoadAsync(
        IReadOnlyCollection<string> clusterIds, CancellationToken ct)
    {
        var ids = clusterIds.ToList();
        var clusters = await db.Clusters.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct);
        var sets = await db.ClusterSets.AsNoTracking().Where(s => ids.Contains(s.ClusterId)).ToListAsync(ct);
        return (clusters, sets.GroupBy(s => s.ClusterId, StringComparer.Ordinal)
            .SelectMany(g => StoredSets.Expand(g.Select(s => s.SetSpec), registry).Select(spec => (ClusterId: g.Key, Spec: spec)))
            .ToLookup(s => s.ClusterId, s => s.Spec, StringComparer.Ordinal));
    }

    public Task<Cluster?> FindAsync(string clusterId, CancellationToken ct) =>
        db.Clusters.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clusterId, ct);

    /// <summary>The earliest datestamp of any record (deleted ones included), or null when there is none.</summary>
    public Task<DateTime?> EarliestDatestampAsync(CancellationToken ct) => db.Clusters.MinAsync(c => (DateTime?)c.Datestamp, ct);

    // The ids of the clusters a list under the current snapshot's bound shows (see StartAsync): with the set, in the
    // date range by their datestamp (the datestamp of their newest version).
    private IQueryable<string> Listed(ListSpec spec)
    {
        var clusters = db.Clusters.AsNoTracking();
        if (spec.From is { } from)
        {
            clusters = clusters.Where(c => c.Datestamp >= from);
        }

        if (spec.UntilExclusive is { } until)
        {
            clusters = clusters.Where(c => c.Datestamp < until);
        }

        if (spec.Set is not { } set)
        {
            return clusters.Select(c => c.Id);
        }

        // A set alone is one or a few ranges of cluster_sets' key (a region: its systems' rows, decision 0036); a parent
        // stored as its children, or any set with dates, is looked up for each cluster in range by the ClusterId index
        // (with dates, the range of clusters' (Datestamp, Id) index drives: an incremental harvest's window is usually the
        // smaller).
        var rows = StoredSets.RowsOf(set, registry);
        var specs = rows.Specs;
        if (rows.Prefix is { } prefix)
        {
            return clusters.Where(c => db.ClusterSets.Any(s => s.ClusterId == c.Id && s.SetSpec.StartsWith(prefix))).Select(c => c.Id);
        }

        if (specs.Count == 1)
        {
            var only = specs[0];
            return spec.From is null && spec.UntilExclusive is null
                ? db.ClusterSets.AsNoTracking().Where(s => s.SetSpec == only).Select(s => s.ClusterId)
                : clusters.Where(c => db.ClusterSets.Any(s => s.SetSpec == only && s.ClusterId == c.Id)).Select(c => c.Id);
        }

        return spec.From is null && spec.UntilExclusive is null
            ? db.ClusterSets.AsNoTracking().Where(s => specs.Contains(s.SetSpec)).Select(s => s.ClusterId).Distinct()
            : clusters.Where(c => db.ClusterSets.Any(s => specs.Contains(s.SetSpec) && s.ClusterId == c.Id)).Select(c => c.Id);
    }

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

        if (spec.Set is not { } set)
        {
            return versions;
        }

        var rows = StoredSets.RowsOf(set, registry);
        var specs = rows.Specs;
        if (rows.Prefix is { } prefix)
        {
            return versions.Where(v => db.ClusterSets.Any(s => s.ClusterId == v.ClusterId && s.SetSpec.StartsWith(prefix)));
        }

        if (specs.Count == 1)
        {
            var only = specs[0];
            return versions.Where(v => db.ClusterSets.Any(s => s.SetSpec == only && s.ClusterId == v.ClusterId));
        }

        return versions.Where(v => db.ClusterSets.Any(s => specs.Contains(s.SetSpec) && s.ClusterId == v.ClusterId));
    }
}

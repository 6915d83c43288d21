using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// What OAI-PMH needs to know when a consolidated record's datestamp changes, written in the same unit of work: a new
/// version in the datestamp log (the keyset lists page over) and the record's sets, from its members' systems and the
/// libraries holding their items. A retired cluster keeps its last sets. Superseded versions older than a token's
/// lifetime (plus an hour's slack) are pruned as the cluster changes again (decision 0018).
/// </summary>
/// <remarks>
/// The cost does not grow with the items of the cluster or with what the unit of work tracks (decision 0035): the
/// libraries come from one <c>SELECT DISTINCT</c> per system, untracked, over the stored items the unit of work does not
/// track, merged with the tracked items as they now are (changed, added or removed and not yet saved); the context's
/// tracked rows are read without EF's DetectChanges pass over the whole context (<see cref="Tracked{T}"/>).
/// </remarks>
internal sealed class ClusterChangeRecorder(CatalogueDbContext db, IOptions<OaiOptions> options)
{
    private static readonly TimeSpan PruneSlack = TimeSpan.FromHours(1);

    /// <summary>Records the cluster's new datestamp and refreshes its sets from its live members (none when retired).</summary>
    public async Task ChangedAsync(Cluster cluster, IReadOnlyCollection<string> memberSourceIds, CancellationToken ct)
    {
        await AppendVersionAsync(cluster, ct);
        if (memberSourceIds.Count > 0)
        {
            await RefreshSetsAsync(cluster.Id, memberSourceIds, ct);
        }
    }

    /// <summary>
    /// Records the cluster's new datestamp only: for a change that cannot alter its sets (its members are the same and
    /// no item changed library or record, e.g. a circulation status).
    /// </summary>
    public Task DatestampChangedAsync(Cluster cluster, CancellationToken ct) => AppendVersionAsync(cluster, ct);

    private async Task AppendVersionAsync(Cluster cluster, CancellationToken ct)
    {
        var pending = Tracked<ClusterVersion>()
            .FirstOrDefault(e => e.State == EntityState.Added && e.Entity.ClusterId == cluster.Id)?.Entity;
        if (pending is not null)
        {
            pending.Datestamp = cluster.Datestamp; // changed twice in one unit of work: one version
            return;
        }

        db.ClusterVersions.Add(new ClusterVersion { ClusterId = cluster.Id, Datestamp = cluster.Datestamp });

        // Versions before the newest one older than the cutoff were superseded longer ago than any list lives: gone,
        // in the same transaction (a read here, the deletes with the unit of work's save).
        var cutoff = cluster.Datestamp - options.Value.TokenLifetime - PruneSlack;
        var id = cluster.Id;
        var old = await db.ClusterVersions.AsNoTracking().Where(v => v.ClusterId == id && v.Datestamp < cutoff)
            .OrderBy(v => v.Seq).Select(v => v.Seq).ToListAsync(ct);
        foreach (var seq in old.SkipLast(1))
        {
            db.ClusterVersions.Remove(new ClusterVersion { Seq = seq, ClusterId = id });
        }
    }

    private async Task RefreshSetsAsync(string clusterId, IReadOnlyCollection<string> memberSourceIds, CancellationToken ct)
    {
        // Systems and libraries only: regions and the parents follow from them where they are read (StoredSets, decision 0036).
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var trackedItems = Tracked<SourceItem>();
        foreach (var group in memberSourceIds.Select(Parse).OfType<(string System, string Record)>().GroupBy(m => m.System, StringComparer.Ordinal))
        {
            var systemId = group.Key;
            var recordIds = group.Select(m => m.Record).ToHashSet(StringComparer.Ordinal);
            wanted.Add(OaiSets.System(systemId));

            foreach (var code in await LibraryCodesAsync(systemId, recordIds, trackedItems, ct))
            {
                wanted.Add(OaiSets.Library(systemId, code));
            }
        }

        // The cluster's set rows as the unit of work will leave them: the stored ones, loaded tracked (so a removal is a
        // delete), and any it added, less any it removed.
        await db.ClusterSets.Where(e => e.ClusterId == clusterId).LoadAsync(ct);
        var current = Tracked<ClusterSetEntry>()
            .Where(e => e.Entity.ClusterId == clusterId && e.State is EntityState.Added or EntityState.Unchanged or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        db.ClusterSets.RemoveRange(current.Where(e => !wanted.Contains(e.SetSpec)));
        foreach (var spec in wanted.Except(current.Select(e => e.SetSpec), StringComparer.Ordinal))
        {
            db.ClusterSets.Add(new ClusterSetEntry { SetSpec = spec, ClusterId = clusterId });
        }
    }

    /// <summary>
    /// The codes of the libraries holding items of these records of one system, as the unit of work will leave them:
    /// stored items it does not track (one DISTINCT read), and tracked items as they now are unless removed.
    /// </summary>
    private async Task<HashSet<string>> LibraryCodesAsync(
        string systemId, HashSet<string> recordIds, List<EntityEntry<SourceItem>> trackedItems, CancellationToken ct)
    {
        var tracked = trackedItems.Where(e => e.Entity.SystemId == systemId).ToList();
        var trackedIds = tracked.Select(e => e.Entity.VendorItemId).ToList();
        var recordIdList = recordIds.ToList();
        var query = db.SourceItems.AsNoTracking()
            .Where(i => i.SystemId == systemId && recordIdList.Contains(i.VendorRecordId) && i.LibraryCode.Length > 0);
        if (trackedIds.Count > 0)
        {
            query = query.Where(i => !trackedIds.Contains(i.VendorItemId));
        }

        var codes = (await query.Select(i => i.LibraryCode).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in tracked)
        {
            var item = entry.Entity;
            if (entry.State is not (EntityState.Deleted or EntityState.Detached) && recordIds.Contains(item.VendorRecordId) && item.LibraryCode.Length > 0)
            {
                codes.Add(item.LibraryCode);
            }
        }

        return codes;
    }

    /// <summary>
    /// The context's tracked entries of one type in every state, without the DetectChanges pass over the whole context
    /// that <c>DbSet.Local</c> and <c>ChangeTracker.Entries</c> run: what this reads (keys, states and the properties the
    /// consumers set on the entity objects themselves) does not need it.
    /// </summary>
    private List<EntityEntry<T>> Tracked<T>()
        where T : class
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. db.ChangeTracker.Entries<T>()];
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static (string System, string Record)? Parse(string sourceId) =>
        RecordId.TryParse(sourceId, out var system, out var record) ? (system, record) : null;
}

using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// What OAI-PMH needs to know when a consolidated record's datestamp changes, written in the same unit of work: a new
/// version in the datestamp log (the keyset lists page over) and the record's sets, from its members' systems and the
/// libraries holding their items. A retired cluster keeps its last sets. Superseded versions older than a token's
/// lifetime (plus an hour's slack) are pruned as the cluster changes again (decision 0018).
/// </summary>
internal sealed class ClusterChangeRecorder(CatalogueDbContext db, ISystemsRegistry registry, IOptions<OaiOptions> options)
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

    private async Task AppendVersionAsync(Cluster cluster, CancellationToken ct)
    {
        var pending = db.ClusterVersions.Local.FirstOrDefault(v => v.ClusterId == cluster.Id && db.Entry(v).State == EntityState.Added);
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
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in memberSourceIds.Select(Parse).OfType<(string System, string Record)>().GroupBy(m => m.System, StringComparer.Ordinal))
        {
            var systemId = group.Key;
            var recordIds = group.Select(m => m.Record).ToHashSet(StringComparer.Ordinal);
            wanted.Add(OaiSets.SystemParent);
            wanted.Add(OaiSets.System(systemId));
            if (registry.Find(systemId) is { } system)
            {
                wanted.Add(OaiSets.RegionParent);
                wanted.Add(OaiSets.Region(system.Region));
            }

            // Items changed in this unit of work are tracked, not yet saved: load, then read what the context holds.
            var recordIdList = recordIds.ToList();
            await db.SourceItems.Where(i => i.SystemId == systemId && recordIdList.Contains(i.VendorRecordId)).LoadAsync(ct);
            foreach (var code in db.SourceItems.Local
                .Where(i => i.SystemId == systemId && recordIds.Contains(i.VendorRecordId) && i.LibraryCode.Length > 0)
                .Select(i => i.LibraryCode))
            {
                wanted.Add(OaiSets.LibraryParent);
                wanted.Add(OaiSets.Library(systemId, code));
            }
        }

        await db.ClusterSets.Where(e => e.ClusterId == clusterId).LoadAsync(ct);
        var stored = db.ClusterSets.Local.Where(e => e.ClusterId == clusterId).ToList();
        db.ClusterSets.RemoveRange(stored.Where(e => !wanted.Contains(e.SetSpec)));
        foreach (var spec in wanted.Except(stored.Select(e => e.SetSpec), StringComparer.Ordinal))
        {
            db.ClusterSets.Add(new ClusterSetEntry { SetSpec = spec, ClusterId = clusterId });
        }
    }

    private static (string System, string Record)? Parse(string sourceId) =>
        RecordId.TryParse(sourceId, out var system, out var record) ? (system, record) : null;
}

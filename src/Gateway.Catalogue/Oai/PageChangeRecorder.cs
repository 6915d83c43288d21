using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// <see cref="ClusterChangeRecorder.ChangedAsync"/> for the records of a page, against the page's
/// <see cref="PageNeighbourhood"/>: a new version in the datestamp log, the versions it supersedes pruned by the same
/// rule, and the cluster's sets refreshed from its members' systems and libraries — saved with the page, the rows it
/// adds untracked (<see cref="PageNeighbourhood.Inserts"/>, decision 0041).
/// Each record of a page adds its own versions, as it would saved on its own (decision 0025).
/// </summary>
internal sealed class PageChangeRecorder(CatalogueDbContext db, IOptions<OaiOptions> options)
{
    private static readonly TimeSpan PruneSlack = TimeSpan.FromHours(1);

    /// <summary>Records the cluster's new datestamp and refreshes its sets from its live members (none when retired).</summary>
    public void Changed(PageNeighbourhood page, Cluster cluster, IReadOnlyCollection<string> memberSourceIds)
    {
        AppendVersion(page, cluster);
        if (memberSourceIds.Count > 0)
        {
            RefreshSets(page, cluster.Id, memberSourceIds);
        }
    }

    private void AppendVersion(PageNeighbourhood page, Cluster cluster)
    {
        if (!page.Versions.TryGetValue(cluster.Id, out var versions))
        {
            page.Versions[cluster.Id] = versions = [];
        }

        var added = new ClusterVersion { ClusterId = cluster.Id, Datestamp = cluster.Datestamp };
        page.Inserts.Add(added);

        // The versions before the newest one older than the cutoff, as ClusterChangeRecorder prunes them.
        var cutoff = cluster.Datestamp - options.Value.TokenLifetime - PruneSlack;
        var old = versions.Where(v => v.Datestamp < cutoff).ToList();
        foreach (var version in old.SkipLast(1))
        {
            if (version.Added is { } pending)
            {
                page.Inserts.Remove(pending);
            }
            else
            {
                db.ClusterVersions.Remove(new ClusterVersion { Seq = version.Seq!.Value, ClusterId = cluster.Id });
            }

            versions.Remove(version);
        }

        versions.Add(new PageVersion(null, cluster.Datestamp, added));
    }

    private static void RefreshSets(PageNeighbourhood page, string clusterId, IReadOnlyCollection<string> memberSourceIds)
    {
        // Systems and libraries only: regions and the parents follow from them where they are read (StoredSets, decision 0036).
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sourceId in memberSourceIds)
        {
            if (!RecordId.TryParse(sourceId, out var systemId, out var recordId))
            {
                continue;
            }

            wanted.Add(OaiSets.System(systemId));

            foreach (var code in page.LibraryCodes.GetValueOrDefault((systemId, recordId)) ?? [])
            {
                wanted.Add(OaiSets.Library(systemId, code));
            }
        }

        if (!page.Sets.TryGetValue(clusterId, out var stored))
        {
            page.Sets[clusterId] = stored = new Dictionary<string, ClusterSetEntry>(StringComparer.Ordinal);
        }

        foreach (var spec in stored.Keys.Where(s => !wanted.Contains(s)).ToList())
        {
            page.Delete(stored[spec], spec, clusterId);
            stored.Remove(spec);
        }

        foreach (var spec in wanted.Where(s => !stored.ContainsKey(s)).ToList())
        {
            stored[spec] = page.Insert(spec, clusterId, () => new ClusterSetEntry { SetSpec = spec, ClusterId = clusterId });
        }
    }
}

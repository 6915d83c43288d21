using Gateway.Catalogue.Storage;

namespace Gateway.Catalogue.Search;

/// <summary>
/// The clusters whose search rows wait to be rebuilt (decision 0030). Ingest marks every cluster a change touched in
/// its own unit of work (<c>cluster_search_dirty</c>, saved with the change); <see cref="ClusterSearchRefresher"/> rebuilds
/// the rows and deletes the marks afterwards.
/// </summary>
internal static class SearchBacklog
{
    /// <summary>
    /// Marks the clusters (once each, in id order) in the unit of work, to be saved with the change: tracked by
    /// <paramref name="db"/>, or untracked in <paramref name="inserts"/> when given (decision 0041).
    /// </summary>
    public static void Mark(CatalogueDbContext db, IEnumerable<string> clusterIds, UntrackedInserts? inserts = null)
    {
        foreach (var id in clusterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var mark = new SearchDirtyCluster { ClusterId = id };
            if (inserts is null)
            {
                db.SearchDirtyClusters.Add(mark);
            }
            else
            {
                inserts.Add(mark);
            }
        }
    }
}

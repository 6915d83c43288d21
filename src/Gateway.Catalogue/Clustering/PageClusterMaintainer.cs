using System.Text.Json;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Storage;
using Gateway.Clustering;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// <see cref="ClusterMaintainer.UpsertAsync"/> for the records of a page, against the page's
/// <see cref="PageNeighbourhood"/> instead of the database: the same neighbourhood (found through the page's indexes),
/// loaded into a fresh <see cref="ClusterSet"/> in the same order, the same change, and the same rows written back, so
/// the page saves once (decision 0025): memberships and clusters tracked, the rows only ever inserted (audit, versions,
/// cluster keys, set rows) untracked in <see cref="PageNeighbourhood.Inserts"/> (decision 0041). Any change to the rules of one must be made in the other; the
/// test <c>PageEquivalenceTests</c> applies one stream both ways and compares every table.
/// </summary>
internal sealed class PageClusterMaintainer(CatalogueDbContext db, TimeProvider clock, PageChangeRecorder oai)
{
    /// <summary>Places a new or changed live source record.</summary>
    public void Upsert(PageNeighbourhood page, MatchRecord record)
    {
        var work = Load(page, record.SourceId, page.KeyTexts(record));
        var events = work.Set.Upsert(record, clock.GetUtcNow());
        Save(page, work, record.SourceId, events);
    }

    private static Neighbourhood Load(PageNeighbourhood page, string sourceId, IEnumerable<string> keys)
    {
        // The record's own cluster and every cluster holding one of its keys (decision 0049).
        var clusterIds = new HashSet<string>(StringComparer.Ordinal);
        if (page.Memberships.TryGetValue(sourceId, out var own))
        {
            clusterIds.Add(own.ClusterId);
        }

        foreach (var key in keys)
        {
            if (page.ClustersByKey.TryGetValue(key, out var holders))
            {
                clusterIds.UnionWith(holders);
            }
        }

        // A key row of a cluster without members (none is written so; as the single-record path, it is passed over).
        clusterIds.RemoveWhere(id => !page.MembersOf.TryGetValue(id, out var members) || members.Count == 0);
        var rows = clusterIds.SelectMany(id => page.MembersOf[id]).Select(id => page.Memberships[id]).ToList();
        var clusters = clusterIds.ToDictionary(id => id, id => page.Clusters[id], StringComparer.Ordinal);

        var set = new ClusterSet(id => clusters.ContainsKey(id) || page.IsTaken(id));
        foreach (var row in rows.OrderBy(r => r.JoinedAt).ThenBy(r => r.SourceId, StringComparer.Ordinal))
        {
            set.Load(ToMember(page, row));
        }

        return new Neighbourhood(set, rows.ToDictionary(r => r.SourceId, StringComparer.Ordinal), clusters);
    }

    private void Save(PageNeighbourhood page, Neighbourhood work, string changedSourceId, IReadOnlyList<ClusterEvent> events)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = ClusterRows.SyncMemberships(
            db, work.Set, work.Rows, changedSourceId, (sourceId, record) => Serialize(page, sourceId, record), page);

        ClusterRows.Update(db, work.Set, work.Clusters, touched, events, now, cluster => page.Clusters[cluster.Id] = cluster);
        foreach (var id in touched.Order(StringComparer.Ordinal))
        {
            page.SyncKeys(id, ClusterRows.KeysHeld(work.Set, id, page.KeyTexts));
        }

        foreach (var id in touched.Order(StringComparer.Ordinal))
        {
            oai.Changed(page, work.Clusters[id], [.. work.Set.Members(id).Select(m => m.SourceId)]);
            page.Touched.Add(id);
        }

        ClusterRows.Audit(db, events, page.Inserts);
    }


    // The membership's record as ClusterMaintainer reads it: deserialised from the row's JSON (once for each JSON a page).
    private static ClusterMember ToMember(PageNeighbourhood page, ClusterMembership row)
    {
        if (!page.Matches.TryGetValue(row.SourceId, out var match) || !string.Equals(match.Json, row.MatchJson, StringComparison.Ordinal))
        {
            var record = JsonSerializer.Deserialize<MatchRecord>(row.MatchJson, CatalogueJson.Options)
                ?? throw new InvalidOperationException($"Stored match record of {row.SourceId} is empty.");
            page.Matches[row.SourceId] = match = new StoredMatch(row.MatchJson, record, JsonSerializer.Serialize(record, CatalogueJson.Options));
        }

        return new ClusterMember
        {
            ClusterId = row.ClusterId,
            Record = match.Record,
            JoinedVia = MatchKey.Parse(row.JoinedVia),
            MatchedSourceId = row.MatchedSourceId,
            JoinedAt = new DateTimeOffset(DateTime.SpecifyKind(row.JoinedAt, DateTimeKind.Utc)),
        };
    }

    private static string Serialize(PageNeighbourhood page, string sourceId, MatchRecord record) =>
        page.Matches.TryGetValue(sourceId, out var match) && ReferenceEquals(match.Record, record)
            ? match.Serialized
            : JsonSerializer.Serialize(record, CatalogueJson.Options);

    private sealed record Neighbourhood(ClusterSet Set, Dictionary<string, ClusterMembership> Rows, Dictionary<string, Cluster> Clusters);
}

using System.Text.Json;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Gateway.Clustering;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// Everything the clustering of a page of changes can read, loaded once for the page (decision 0025): the clusters
/// holding the page's match keys (decision 0049) and the page's records' own clusters, with the memberships, keys, OAI
/// versions and sets of each, and the library codes of their members. The rows are indexed here, so each record of the
/// page asks these indexes the questions <see cref="ClusterMaintainer"/> asks the database, and sees the changes of the
/// records before it exactly as it would after their save. Memberships and clusters, which the page updates, are
/// tracked by the unit of work; cluster keys and set rows, which it only ever inserts or deletes, are read without tracking and the rows it
/// adds of them (and its versions, audit rows and search marks) wait in <see cref="Inserts"/>, outside EF Core's change
/// tracker (decision 0041).
/// </summary>
internal sealed class PageNeighbourhood : IMembershipIndex
{
    private readonly CatalogueDbContext db;
    private readonly HashSet<string> absentClusterIds;
    private readonly HashSet<string> presentClusterIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type Type, string Key1, string Key2), (object Row, bool Tracked)> deleted = [];
    private readonly Dictionary<MatchRecord, string[]> keyTexts;

    private PageNeighbourhood(CatalogueDbContext db, HashSet<string> absentClusterIds, Dictionary<MatchRecord, string[]> keyTexts)
    {
        this.db = db;
        this.absentClusterIds = absentClusterIds;
        this.keyTexts = keyTexts;
    }

    /// <summary>Live memberships of the reached clusters, by source id.</summary>
    public Dictionary<string, ClusterMembership> Memberships { get; } = new(StringComparer.Ordinal);

    /// <summary>The source ids of each reached cluster.</summary>
    public Dictionary<string, HashSet<string>> MembersOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Every cluster the page has read or made, live or retired.</summary>
    public Dictionary<string, Cluster> Clusters { get; } = new(StringComparer.Ordinal);

    /// <summary>The OAI versions of each cluster, oldest first (stored ones with their <c>Seq</c>, then the page's).</summary>
    public Dictionary<string, List<PageVersion>> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>The stored OAI sets of each reached cluster.</summary>
    public Dictionary<string, Dictionary<string, ClusterSetEntry>> Sets { get; } = new(StringComparer.Ordinal);

    /// <summary>Library codes (non-empty) of the items of each member, by system then vendor record id.</summary>
    public Dictionary<(string System, string Record), List<string>> LibraryCodes { get; } = [];

    /// <summary>The clusters holding each of the page's match keys.</summary>
    public Dictionary<string, HashSet<string>> ClustersByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>The key rows of each reached cluster (and of each the page made).</summary>
    public Dictionary<string, Dictionary<string, ClusterKeyEntry>> KeysOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Match records read from <see cref="ClusterMembership.MatchJson"/>, so each is read and written once a page.</summary>
    public Dictionary<string, StoredMatch> Matches { get; } = new(StringComparer.Ordinal);

    /// <summary>The rows the page only inserts, written with its save without EF Core's change tracking (decision 0041).</summary>
    public UntrackedInserts Inserts { get; } = new();

    /// <summary>The clusters the page's changes touched so far: their search rows are rewritten once, at the end of the page.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads the neighbourhood of the page's records: their source ids, and the key texts of their readable versions
    /// (by record, compared by reference), which the page keeps as its cache of <see cref="KeyTexts"/>.
    /// </summary>
    public static async Task<PageNeighbourhood> LoadAsync(
        CatalogueDbContext db, IReadOnlyCollection<string> sourceIds, Dictionary<MatchRecord, string[]> keyTexts, CancellationToken ct)
    {
        // Each list is one parameter (EF.Parameter: json_each on SQLite, = ANY on PostgreSQL), not one an element:
        // SQLite looks a named parameter up by a linear scan, and each list length was a new SQL text (decision 0039).
        var derived = sourceIds.Select(id => ClusterIds.Derive(id)).Distinct(StringComparer.Ordinal).ToList();
        var taken = await db.Clusters.AsNoTracking().Where(c => EF.Parameter(derived).Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var page = new PageNeighbourhood(db, derived.Except(taken, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), keyTexts);

        var keys = keyTexts.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        var keyList = keys.ToList();
        var sourceList = sourceIds.ToList();
        foreach (var key in keys)
        {
            page.ClustersByKey[key] = new HashSet<string>(StringComparer.Ordinal);
        }

        // The clusters holding the page's keys, and the page's records' own clusters: the clusters reached.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in await db.ClusterKeys.AsNoTracking().Where(k => EF.Parameter(keyList).Contains(k.Key)).ToListAsync(ct))
        {
            page.ClustersByKey[row.Key].Add(row.ClusterId);
            reached.Add(row.ClusterId);
        }

        reached.UnionWith(await db.ClusterMemberships.Where(m => EF.Parameter(sourceList).Contains(m.SourceId)).Select(m => m.ClusterId).ToListAsync(ct));
        var reachedList = reached.ToList();

        // Every membership of the reached clusters, in one query.
        var clusterIds = new List<string>();
        foreach (var row in await db.ClusterMemberships.Where(m => EF.Parameter(reachedList).Contains(m.ClusterId)).ToListAsync(ct))
        {
            if (!page.MembersOf.ContainsKey(row.ClusterId))
            {
                clusterIds.Add(row.ClusterId);
            }

            page.AddMembership(row);
        }

        foreach (var cluster in await db.Clusters.Where(c => EF.Parameter(clusterIds).Contains(c.Id)).ToListAsync(ct))
        {
            page.Clusters[cluster.Id] = cluster;
        }

        foreach (var id in clusterIds)
        {
            page.Versions[id] = [];
            page.Sets[id] = new Dictionary<string, ClusterSetEntry>(StringComparer.Ordinal);
            page.KeysOf[id] = new Dictionary<string, ClusterKeyEntry>(StringComparer.Ordinal);
        }

        foreach (var key in await db.ClusterKeys.AsNoTracking().Where(k => EF.Parameter(clusterIds).Contains(k.ClusterId)).ToListAsync(ct))
        {
            page.KeysOf[key.ClusterId][key.Key] = key;
        }

        var versions = await db.ClusterVersions.AsNoTracking().Where(v => EF.Parameter(clusterIds).Contains(v.ClusterId))
            .OrderBy(v => v.Seq).Select(v => new { v.Seq, v.ClusterId, v.Datestamp }).ToListAsync(ct);
        foreach (var v in versions)
        {
            page.Versions[v.ClusterId].Add(new PageVersion(v.Seq, v.Datestamp, null));
        }

        foreach (var entry in await db.ClusterSets.AsNoTracking().Where(e => EF.Parameter(clusterIds).Contains(e.ClusterId)).ToListAsync(ct))
        {
            page.Sets[entry.ClusterId][entry.SetSpec] = entry;
        }

        await page.LoadLibraryCodesAsync(page.Memberships.Keys.Concat(sourceIds), ct);
        return page;
    }

    /// <summary>Whether a cluster id is taken: by a cluster of the page, or one the store holds (asked once per id).</summary>
    public bool IsTaken(string clusterId)
    {
        if (Clusters.ContainsKey(clusterId) || presentClusterIds.Contains(clusterId))
        {
            return true;
        }

        if (absentClusterIds.Contains(clusterId))
        {
            return false;
        }

        var taken = db.Clusters.Any(c => c.Id == clusterId);
        (taken ? presentClusterIds : absentClusterIds).Add(clusterId);
        return taken;
    }

    /// <summary>Indexes a membership row (loaded, or added by the page).</summary>
    public void AddMembership(ClusterMembership row)
    {
        Memberships[row.SourceId] = row;
        Members(row.ClusterId).Add(row.SourceId);
    }

    /// <summary>Moves an indexed membership row to another cluster.</summary>
    public void MoveMembership(ClusterMembership row, string clusterId)
    {
        if (row.ClusterId != clusterId)
        {
            Members(row.ClusterId).Remove(row.SourceId);
            Members(clusterId).Add(row.SourceId);
        }
    }

    /// <summary>Drops an indexed membership row.</summary>
    public void RemoveMembership(ClusterMembership row)
    {
        Memberships.Remove(row.SourceId);
        Members(row.ClusterId).Remove(row.SourceId);
    }

    /// <summary>Brings the key rows of a cluster to <paramref name="wanted"/>, the keys its members now hold (decision 0049).</summary>
    public void SyncKeys(string clusterId, HashSet<string> wanted)
    {
        if (!KeysOf.TryGetValue(clusterId, out var stored))
        {
            KeysOf[clusterId] = stored = new Dictionary<string, ClusterKeyEntry>(StringComparer.Ordinal);
        }

        foreach (var key in stored.Keys.Where(k => !wanted.Contains(k)).ToList())
        {
            Delete(stored[key], key, clusterId);
            stored.Remove(key);
            ClustersByKey.GetValueOrDefault(key)?.Remove(clusterId);
        }

        foreach (var key in wanted.Where(k => !stored.ContainsKey(k)).ToList())
        {
            stored[key] = Insert(key, clusterId, () => new ClusterKeyEntry { Key = key, ClusterId = clusterId });
            if (!ClustersByKey.TryGetValue(key, out var holders))
            {
                ClustersByKey[key] = holders = new HashSet<string>(StringComparer.Ordinal);
            }

            holders.Add(clusterId);
        }
    }

    /// <summary>A record's match keys as stored, worked out once a record a page.</summary>
    public IEnumerable<string> KeyTexts(MatchRecord record)
    {
        if (!keyTexts.TryGetValue(record, out var texts))
        {
            keyTexts[record] = texts = [.. ClusterRows.KeyTexts(record)];
        }

        return texts;
    }

    /// <summary>
    /// Deletes a stored row with the page's save (tracked, or read without tracking: it is attached to be deleted); one
    /// the page itself added is just forgotten. The row is remembered by its key so that adding the same key again
    /// later in the page brings the row back rather than writing two.
    /// </summary>
    public void Delete<T>(T entity, string key1, string key2) where T : class
    {
        if (Inserts.Remove(entity))
        {
            return;
        }

        var entry = db.Entry(entity);
        if (entry.State == EntityState.Added)
        {
            entry.State = EntityState.Detached;
            return;
        }

        var tracked = entry.State != EntityState.Detached;
        entry.State = EntityState.Deleted;
        deleted[(typeof(T), key1, key2)] = (entity, tracked);
    }

    /// <summary>
    /// Adds a row with this key, tracked (the page may change it before its save): the one deleted earlier in the page,
    /// brought back as it is stored, or a new one.
    /// </summary>
    public T Add<T>(string key1, string key2, Func<T> create) where T : class
    {
        if (Restore<T>(key1, key2) is { } old)
        {
            return old;
        }

        var entity = create();
        db.Add(entity);
        return entity;
    }

    /// <summary>
    /// Adds a row with this key that the page never changes (cluster keys, set rows): the one deleted earlier in the page,
    /// brought back as it is stored, or a new one inserted with the save without being tracked (<see cref="Inserts"/>).
    /// </summary>
    public T Insert<T>(string key1, string key2, Func<T> create) where T : class
    {
        if (Restore<T>(key1, key2) is { } old)
        {
            return old;
        }

        var entity = create();
        Inserts.Add(entity);
        return entity;
    }

    // A row deleted earlier in the page goes back to how it was read: tracked and unchanged, or untracked.
    private T? Restore<T>(string key1, string key2) where T : class
    {
        if (!deleted.Remove((typeof(T), key1, key2), out var old))
        {
            return null;
        }

        db.Entry(old.Row).State = old.Tracked ? EntityState.Unchanged : EntityState.Detached;
        return (T)old.Row;
    }

    private HashSet<string> Members(string clusterId)
    {
        if (!MembersOf.TryGetValue(clusterId, out var members))
        {
            MembersOf[clusterId] = members = new HashSet<string>(StringComparer.Ordinal);
        }

        return members;
    }

    // One query for every system (decision 0046; it was one a system): the pairs go as one parameter, a JSON array of
    // [system, record] on SQLite and two arrays unnested together on PostgreSQL, each looked up by the items' (system,
    // record) index.
    private async Task LoadLibraryCodesAsync(IEnumerable<string> sourceIds, CancellationToken ct)
    {
        var pairs = sourceIds.Distinct(StringComparer.Ordinal)
            .Select(id => RecordId.TryParse(id, out var system, out var record) ? (System: system, Record: record) : default)
            .Where(p => p.System is not null)
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        var query = db.Database.IsNpgsql()
            ? db.Database.SqlQueryRaw<ItemLibraryCode>(
                """
                SELECT i."SystemId", i."VendorRecordId", i."LibraryCode"
                FROM unnest({0}, {1}) AS s(system_id, record_id)
                JOIN source_items AS i ON i."SystemId" = s.system_id AND i."VendorRecordId" = s.record_id
                WHERE i."LibraryCode" <> ''
                """,
                pairs.Select(p => p.System).ToArray(), pairs.Select(p => p.Record).ToArray())
            : db.Database.SqlQueryRaw<ItemLibraryCode>(
                """
                SELECT i."SystemId", i."VendorRecordId", i."LibraryCode"
                FROM json_each({0}) AS s
                CROSS JOIN source_items AS i ON i."SystemId" = s.value ->> 0 AND i."VendorRecordId" = s.value ->> 1
                WHERE i."LibraryCode" <> ''
                """,
                JsonSerializer.Serialize(pairs.Select(p => new[] { p.System, p.Record })));
        foreach (var item in await query.ToListAsync(ct))
        {
            var key = (item.SystemId, item.VendorRecordId);
            if (!LibraryCodes.TryGetValue(key, out var codes))
            {
                LibraryCodes[key] = codes = [];
            }

            codes.Add(item.LibraryCode);
        }
    }

    private sealed record ItemLibraryCode(string SystemId, string VendorRecordId, string LibraryCode);
}

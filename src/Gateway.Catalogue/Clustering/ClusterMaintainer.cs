using System.Text.Json;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Clustering;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// Keeps clusters in step with source records, inside the ingest consumer's unit of work (saved with the record, so
/// the two never disagree). For each change it loads the neighbourhood the change can touch — the record's cluster and
/// every cluster holding a record that shares one of its keys — into a <see cref="ClusterSet"/>, applies the change
/// there, and writes back the memberships, clusters and clusters' keys that differ and the audit events (decision 0017); the
/// touched clusters' search rows are rebuilt after the commit, off the ingest path (<see cref="SearchBacklog"/>).
/// </summary>
internal sealed class ClusterMaintainer(CatalogueDbContext db, TimeProvider clock, ClusterChangeRecorder oai)
{
    /// <summary>Places a new or changed live source record.</summary>
    public async Task UpsertAsync(MatchRecord record, CancellationToken ct)
    {
        var work = await LoadAsync(record.SourceId, MatchKey.Of(record), ct);
        var events = work.Set.Upsert(record, Now);
        await SaveAsync(work, record.SourceId, events, ct);
    }

    /// <summary>Takes a deleted source record out of its cluster (nothing when it was in none).</summary>
    public async Task RemoveAsync(string sourceId, CancellationToken ct)
    {
        var work = await LoadAsync(sourceId, [], ct);
        var events = work.Set.Remove(sourceId, Now);
        await SaveAsync(work, sourceId, events, ct);
    }

    /// <summary>
    /// Marks the consolidated record of a source record changed (its holdings or items changed): a new datestamp, so
    /// incremental OAI-PMH harvesters see it, and its sets refreshed (decision 0018) unless
    /// <paramref name="librariesMayHaveChanged"/> is false — no item of the record gained, lost or changed a library
    /// (e.g. a circulation status of an item already held), so its sets cannot have changed (decision 0035).
    /// </summary>
    public async Task TouchAsync(string sourceId, bool librariesMayHaveChanged, CancellationToken ct)
    {
        var cluster = await db.ClusterMemberships.Where(m => m.SourceId == sourceId)
            .Join(db.Clusters, m => m.ClusterId, c => c.Id, (_, c) => c)
            .SingleOrDefaultAsync(ct);
        if (cluster is null)
        {
            return;
        }

        cluster.Datestamp = Now.UtcDateTime;
        if (!librariesMayHaveChanged)
        {
            await oai.DatestampChangedAsync(cluster, ct);
            return;
        }

        var clusterId = cluster.Id;
        var members = await db.ClusterMemberships.Where(m => m.ClusterId == clusterId).Select(m => m.SourceId).ToListAsync(ct);
        await oai.ChangedAsync(cluster, members, ct);
    }

    private DateTimeOffset Now => clock.GetUtcNow();

    private async Task<Neighbourhood> LoadAsync(string sourceId, IReadOnlyList<MatchKey> keys, CancellationToken ct)
    {
        // The record's own cluster and every cluster holding one of its keys (decision 0049).
        var keyTexts = keys.Select(k => k.ToString()).ToList();
        var clusterIds = keyTexts.Count == 0 ? []
            : await db.ClusterKeys.Where(k => keyTexts.Contains(k.Key)).Select(k => k.ClusterId).Distinct().ToListAsync(ct);
        clusterIds.AddRange(await db.ClusterMemberships.Where(m => m.SourceId == sourceId).Select(m => m.ClusterId).ToListAsync(ct));
        var rows = await db.ClusterMemberships.Where(m => clusterIds.Contains(m.ClusterId)).ToListAsync(ct);
        var clusters = await db.Clusters.Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct);

        var set = new ClusterSet(id => clusters.ContainsKey(id) || db.Clusters.Local.Any(c => c.Id == id) || db.Clusters.Any(c => c.Id == id));
        foreach (var row in rows.OrderBy(r => r.JoinedAt).ThenBy(r => r.SourceId, StringComparer.Ordinal))
        {
            set.Load(ToMember(row));
        }

        return new Neighbourhood(set, rows.ToDictionary(r => r.SourceId, StringComparer.Ordinal), clusters);
    }

    private async Task SaveAsync(Neighbourhood work, string changedSourceId, IReadOnlyList<ClusterEvent> events, CancellationToken ct)
    {
        var now = Now.UtcDateTime;
        var touched = ClusterRows.SyncMemberships(
            db, work.Set, work.Rows, changedSourceId, (_, record) => JsonSerializer.Serialize(record, CatalogueJson.Options));

        ClusterRows.Update(db, work.Set, work.Clusters, touched, events, now);
        await SyncKeysAsync(work.Set, touched, ct);
        foreach (var id in touched.Order(StringComparer.Ordinal))
        {
            var members = work.Set.Members(id).Select(m => m.SourceId).ToList();
            await oai.ChangedAsync(work.Clusters[id], members, ct);
        }

        SearchBacklog.Mark(db, touched);

        ClusterRows.Audit(db, events);
    }

    // Each touched cluster's key rows become the keys its members now hold (decision 0049).
    private async Task SyncKeysAsync(ClusterSet set, HashSet<string> touched, CancellationToken ct)
    {
        var ids = touched.Order(StringComparer.Ordinal).ToList();
        var stored = (await db.ClusterKeys.Where(k => ids.Contains(k.ClusterId)).ToListAsync(ct)).ToLookup(k => k.ClusterId, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var wanted = ClusterRows.KeysHeld(set, id, ClusterRows.KeyTexts);
            db.ClusterKeys.RemoveRange(stored[id].Where(k => !wanted.Contains(k.Key)));
            foreach (var key in wanted.Except(stored[id].Select(k => k.Key), StringComparer.Ordinal))
            {
                db.ClusterKeys.Add(new ClusterKeyEntry { Key = key, ClusterId = id });
            }
        }
    }

    private static ClusterMember ToMember(ClusterMembership row) => new()
    {
        ClusterId = row.ClusterId,
        Record = JsonSerializer.Deserialize<MatchRecord>(row.MatchJson, CatalogueJson.Options)
            ?? throw new InvalidOperationException($"Stored match record of {row.SourceId} is empty."),
        JoinedVia = MatchKey.Parse(row.JoinedVia),
        MatchedSourceId = row.MatchedSourceId,
        JoinedAt = new DateTimeOffset(DateTime.SpecifyKind(row.JoinedAt, DateTimeKind.Utc)),
    };

    private sealed record Neighbourhood(ClusterSet Set, Dictionary<string, ClusterMembership> Rows, Dictionary<string, Cluster> Clusters);
}

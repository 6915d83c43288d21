using Gateway.Catalogue.Storage;
using Gateway.Clustering;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// What both cluster maintainers (one record a unit of work, or a page) write back after a change was applied to a
/// <see cref="ClusterSet"/>: the touched clusters' rows and the audit log. One place, so the two paths cannot drift.
/// </summary>
internal static class ClusterRows
{
    /// <summary>
    /// Brings the membership rows of every loaded record and of the changed one to what the set now holds (row added,
    /// moved, its evidence rewritten, or removed) and returns the clusters touched: those a record left or joined, those
    /// whose member's evidence changed, and the changed record's own. <paramref name="index"/> (the page's in-memory
    /// view) hears of each row added, moved and removed.
    /// </summary>
    public static HashSet<string> SyncMemberships(
        CatalogueDbContext db, ClusterSet set, IReadOnlyDictionary<string, ClusterMembership> rows, string changedSourceId,
        Func<string, MatchRecord, string> serialize, IMembershipIndex? index = null)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sourceId in rows.Keys.Append(changedSourceId).Distinct(StringComparer.Ordinal))
        {
            var member = set.Find(sourceId);
            rows.TryGetValue(sourceId, out var row);
            if (member is null)
            {
                if (row is not null)
                {
                    db.ClusterMemberships.Remove(row);
                    index?.RemoveMembership(row);
                    touched.Add(row.ClusterId);
                }

                continue;
            }

            var matchJson = serialize(sourceId, member.Record);
            if (row is null)
            {
                row = new ClusterMembership { SourceId = sourceId, ClusterId = member.ClusterId, MatchJson = matchJson };
                db.ClusterMemberships.Add(row);
                index?.AddMembership(row);
            }
            else if (row.ClusterId != member.ClusterId)
            {
                touched.Add(row.ClusterId);
            }

            if (row.ClusterId != member.ClusterId || row.MatchJson != matchJson || sourceId == changedSourceId)
            {
                touched.Add(member.ClusterId);
            }

            index?.MoveMembership(row, member.ClusterId);
            row.ClusterId = member.ClusterId;
            row.JoinedVia = member.JoinedVia?.ToString();
            row.MatchedSourceId = member.MatchedSourceId;
            row.JoinedAt = member.JoinedAt.UtcDateTime;
            row.MatchJson = matchJson;
        }

        return touched;
    }

    /// <summary>
    /// Brings the row of every touched cluster (and of every cluster an event names) up to date: datestamp, member
    /// count, deleted once empty, merged into the cluster that retired it; a cluster new to <paramref name="clusters"/>
    /// gets a row, added to the context and announced through <paramref name="created"/>.
    /// </summary>
    public static void Update(
        CatalogueDbContext db, ClusterSet set, Dictionary<string, Cluster> clusters, HashSet<string> touched,
        IReadOnlyList<ClusterEvent> events, DateTime now, Action<Cluster>? created = null)
    {
        foreach (var e in events)
        {
            touched.Add(e.ClusterId);
            if (e.OtherClusterId is not null)
            {
                touched.Add(e.OtherClusterId);
            }
        }

        var live = set.ClusterIds.ToHashSet(StringComparer.Ordinal);
        foreach (var id in touched)
        {
            if (!clusters.TryGetValue(id, out var cluster))
            {
                cluster = new Cluster { Id = id, CreatedAt = now };
                db.Clusters.Add(cluster);
                clusters[id] = cluster;
                created?.Invoke(cluster);
            }

            cluster.Datestamp = now;
            cluster.MemberCount = live.Contains(id) ? set.Members(id).Count : 0;
            cluster.IsDeleted = !live.Contains(id);
            cluster.MergedInto = cluster.IsDeleted
                ? events.FirstOrDefault(e => e.Kind == ClusterEventKind.Retired && e.ClusterId == id)?.OtherClusterId
                : null;
        }
    }

    /// <summary>
    /// The match keys <paramref name="clusterId"/>'s live members hold now (<paramref name="keysOf"/> gives a record's,
    /// as stored); none for a cluster left without members. What its <c>cluster_keys</c> rows must be (decision 0049).
    /// </summary>
    public static HashSet<string> KeysHeld(ClusterSet set, string clusterId, Func<MatchRecord, IEnumerable<string>> keysOf)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in set.Members(clusterId))
        {
            keys.UnionWith(keysOf(member.Record));
        }

        return keys;
    }

    /// <summary>A record's match keys as <c>cluster_keys</c> stores them.</summary>
    public static IEnumerable<string> KeyTexts(MatchRecord record) => MatchKey.Of(record).Select(k => k.ToString());

    /// <summary>
    /// Adds the change's events to the audit log (<c>cluster_audit</c>): tracked by <paramref name="db"/>, or untracked
    /// in <paramref name="inserts"/> when given (decision 0041).
    /// </summary>
    public static void Audit(CatalogueDbContext db, IReadOnlyList<ClusterEvent> events, UntrackedInserts? inserts = null)
    {
        foreach (var e in events)
        {
            var entry = new ClusterAuditEntry
            {
                ClusterId = e.ClusterId, Kind = e.Kind.ToString().ToLowerInvariant(), SourceId = e.SourceId, OtherClusterId = e.OtherClusterId,
                Key = e.Key, MatchedSourceId = e.MatchedSourceId, Detail = e.Detail, At = e.At.UtcDateTime,
            };
            if (inserts is null)
            {
                db.ClusterAudit.Add(entry);
            }
            else
            {
                inserts.Add(entry);
            }
        }
    }
}

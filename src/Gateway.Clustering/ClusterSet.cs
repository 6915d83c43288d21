namespace Gateway.Clustering;

/// <summary>
/// Source records grouped into clusters, one per edition, changed one record at a time. Every change returns the
/// audit events it caused (created, joined, left, merged, split, retired), each with the key and the reason.
/// <para>
/// The rules (<see cref="MatchRules"/>): a record joins a cluster when it matches at least one member through a shared
/// key and conflicts with no member (complete linkage, so one record cannot chain two editions together). A record
/// that matches several clusters merges them when no pair across them conflicts. When a record leaves (deleted or
/// changed), the rest of its cluster is regrouped by their own links: members no longer linked to the rest split off
/// into a cluster of their own. The largest group keeps the cluster id.
/// </para>
/// <para>
/// The set is a working copy: a store loads the neighbourhood a change can touch (see <see cref="Load"/>), applies the
/// change here and writes back the memberships that differ. Not thread-safe.
/// </para>
/// </summary>
public sealed class ClusterSet
{
    private readonly Dictionary<string, ClusterMember> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<MatchKey, HashSet<string>> byKey = [];
    private readonly HashSet<string> retired = new(StringComparer.Ordinal);
    private readonly Func<string, string> newClusterId;

    /// <summary>
    /// A set whose new clusters get ids derived from their founding record (<see cref="Gateway.Clustering.ClusterIds"/>),
    /// skipping ids this set has live or retired and any <paramref name="isTakenElsewhere"/> says a store already has.
    /// </summary>
    public ClusterSet(Func<string, bool>? isTakenElsewhere = null)
    {
        newClusterId = founder => Gateway.Clustering.ClusterIds.DeriveFree(
            founder, id => clusters.ContainsKey(id) || retired.Contains(id) || (isTakenElsewhere?.Invoke(id) ?? false));
    }

    /// <summary>The ids of the clusters that have members.</summary>
    public IReadOnlyCollection<string> ClusterIds => clusters.Keys;

    /// <summary>Number of source records in the set.</summary>
    public int Count => members.Count;

    /// <summary>The membership of <paramref name="sourceId"/>, or null when it is not in the set.</summary>
    public ClusterMember? Find(string sourceId) => members.GetValueOrDefault(sourceId);

    /// <summary>The members of <paramref name="clusterId"/> in the order they joined; empty when it has none.</summary>
    public IReadOnlyList<ClusterMember> Members(string clusterId) =>
        clusters.TryGetValue(clusterId, out var ids) ? [.. ids.Select(id => members[id])] : [];

    /// <summary>Adds an existing membership as it is stored, without matching and without events.</summary>
    public void Load(ClusterMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (members.ContainsKey(member.SourceId))
        {
            return;
        }

        Attach(member);
    }

    /// <summary>Adds a new source record or applies a changed one, and returns what that did to the clusters.</summary>
    public IReadOnlyList<ClusterEvent> Upsert(MatchRecord record, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        var events = new List<ClusterEvent>();
        if (members.TryGetValue(record.SourceId, out var current))
        {
            if (MatchRecordEquality.Same(current.Record, record))
            {
                return events;
            }

            if (StaysWith(current.ClusterId, record))
            {
                Replace(current with { Record = record });
                MergeAround(current.ClusterId, record, at, events);
                return events;
            }

            Leave(record.SourceId, at, "changed and no longer matches the other members", events);
        }

        Place(record, at, events);
        return events;
    }

    /// <summary>Removes a deleted source record and returns what that did to the clusters (nothing when it was not in the set).</summary>
    public IReadOnlyList<ClusterEvent> Remove(string sourceId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var events = new List<ClusterEvent>();
        if (members.ContainsKey(sourceId))
        {
            Leave(sourceId, at, "deleted in its system", events);
        }

        return events;
    }

    private void Place(MatchRecord record, DateTimeOffset at, List<ClusterEvent> events)
    {
        var (eligible, rejected) = Candidates(record, excludeCluster: null);
        if (eligible.Count == 0)
        {
            var id = newClusterId(record.SourceId);
            Attach(new ClusterMember { ClusterId = id, Record = record, JoinedAt = at });
            var apart = rejected.Count == 0 ? "" : "; kept apart from " + string.Join("; ", rejected.Select(r => $"{r.Key} ({r.Value})"));
            events.Add(new ClusterEvent { Kind = ClusterEventKind.Created, ClusterId = id, SourceId = record.SourceId, Detail = "matched no cluster" + apart, At = at });
            return;
        }

        var target = eligible[0];
        Attach(new ClusterMember { ClusterId = target.ClusterId, Record = record, JoinedVia = target.Key, MatchedSourceId = target.MatchedSourceId, JoinedAt = at });
        events.Add(new ClusterEvent
        {
            Kind = ClusterEventKind.Joined, ClusterId = target.ClusterId, SourceId = record.SourceId, Key = target.Key.ToString(),
            MatchedSourceId = target.MatchedSourceId, Detail = $"shares {target.Key} with {target.MatchedSourceId}", At = at,
        });
        MergeAround(target.ClusterId, record, at, events);
    }

    // Merges into the record's cluster every other cluster the record matches, when no pair across them conflicts.
    private void MergeAround(string clusterId, MatchRecord record, DateTimeOffset at, List<ClusterEvent> events)
    {
        var (eligible, _) = Candidates(record, excludeCluster: clusterId);
        var current = clusterId;
        foreach (var other in eligible)
        {
            if (!clusters.ContainsKey(other.ClusterId) || !CanMerge(current, other.ClusterId))
            {
                continue;
            }

            var (survivor, absorbed) = clusters[other.ClusterId].Count > clusters[current].Count ? (other.ClusterId, current) : (current, other.ClusterId);
            foreach (var id in clusters[absorbed].ToList())
            {
                var member = members[id];
                Detach(id);
                Attach(member with { ClusterId = survivor });
            }

            var detail = $"{record.SourceId} shares {other.Key} with {other.MatchedSourceId}";
            events.Add(new ClusterEvent { Kind = ClusterEventKind.Merged, ClusterId = survivor, OtherClusterId = absorbed, SourceId = record.SourceId, Key = other.Key.ToString(), MatchedSourceId = other.MatchedSourceId, Detail = detail, At = at });
            events.Add(new ClusterEvent { Kind = ClusterEventKind.Retired, ClusterId = absorbed, OtherClusterId = survivor, SourceId = record.SourceId, Detail = "merged into " + survivor, At = at });
            current = survivor;
        }
    }

    private bool CanMerge(string a, string b)
    {
        var left = clusters[a].Select(id => members[id].Record).ToList();
        foreach (var id in clusters[b])
        {
            var record = members[id].Record;
            if (left.Any(l => MatchRules.Conflict(l, record) is not null))
            {
                return false;
            }
        }

        return true;
    }

    // The clusters the record matches, strongest key first, and why each matching cluster it conflicts with was refused.
    private (List<Candidate> Eligible, Dictionary<string, string> Rejected) Candidates(MatchRecord record, string? excludeCluster)
    {
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in MatchKey.Of(record))
        {
            if (!byKey.TryGetValue(key, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                var member = members[id];
                if (id == record.SourceId || member.ClusterId == excludeCluster)
                {
                    continue;
                }

                var decision = MatchRules.Decide(record, member.Record);
                if (decision.IsMatch)
                {
                    var found = decision.Key!.Value;
                    if (!best.TryGetValue(member.ClusterId, out var known) || found.Kind > known.Key.Kind)
                    {
                        best[member.ClusterId] = new Candidate(member.ClusterId, found, id);
                    }
                }
                else if (decision.Conflict is not null)
                {
                    rejected.TryAdd(member.ClusterId, $"{decision.Key} shared with {id} but {decision.Conflict}");
                }
            }
        }

        var eligible = new List<Candidate>();
        foreach (var candidate in best.Values)
        {
            var conflict = clusters[candidate.ClusterId]
                .Where(id => id != record.SourceId)
                .Select(id => (Id: id, Conflict: MatchRules.Conflict(record, members[id].Record)))
                .FirstOrDefault(c => c.Conflict is not null);
            if (conflict.Conflict is not null)
            {
                rejected[candidate.ClusterId] = $"matches {candidate.MatchedSourceId} by {candidate.Key} but {conflict.Conflict} with {conflict.Id}";
                continue;
            }

            rejected.Remove(candidate.ClusterId);
            eligible.Add(candidate);
        }

        eligible.Sort((x, y) =>
        {
            var byStrength = y.Key.Kind.CompareTo(x.Key.Kind);
            var bySize = byStrength != 0 ? byStrength : clusters[y.ClusterId].Count.CompareTo(clusters[x.ClusterId].Count);
            return bySize != 0 ? bySize : string.CompareOrdinal(x.ClusterId, y.ClusterId);
        });
        return (eligible, rejected);
    }

    // A changed record stays in its cluster when it conflicts with no other member and the members, with it, are still one group.
    private bool StaysWith(string clusterId, MatchRecord record)
    {
        var others = clusters[clusterId].Where(id => id != record.SourceId).Select(id => members[id].Record).ToList();
        if (others.Count == 0)
        {
            return true;
        }

        return !others.Any(o => MatchRules.Conflict(record, o) is not null) && ClusterGroups.Of([.. others, record]).Count == 1;
    }

    private void Leave(string sourceId, DateTimeOffset at, string why, List<ClusterEvent> events)
    {
        var clusterId = members[sourceId].ClusterId;
        Detach(sourceId);
        events.Add(new ClusterEvent { Kind = ClusterEventKind.Left, ClusterId = clusterId, SourceId = sourceId, Detail = why, At = at });
        if (!clusters.TryGetValue(clusterId, out var rest))
        {
            events.Add(new ClusterEvent { Kind = ClusterEventKind.Retired, ClusterId = clusterId, SourceId = sourceId, Detail = "its last member left", At = at });
            return;
        }

        var groups = ClusterGroups.Of([.. rest.Select(id => members[id].Record)]);
        if (groups.Count < 2)
        {
            return;
        }

        // The largest group keeps the id (on a tie, the group with the earliest member); each other group moves out.
        var order = rest.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        var keep = groups.OrderByDescending(g => g.Count).ThenBy(g => g.Min(r => order[r.SourceId])).First();
        foreach (var group in groups.Where(g => !ReferenceEquals(g, keep)))
        {
            var founder = group.OrderBy(r => order[r.SourceId]).First().SourceId;
            var newId = newClusterId(founder);
            foreach (var record in group.OrderBy(r => order[r.SourceId]))
            {
                var member = members[record.SourceId];
                Detach(record.SourceId);
                Attach(record.SourceId == founder
                    ? member with { ClusterId = newId, JoinedVia = null, MatchedSourceId = null }
                    : member with { ClusterId = newId });
            }

            var moved = string.Join(", ", group.Select(r => r.SourceId).Order(StringComparer.Ordinal));
            events.Add(new ClusterEvent
            {
                Kind = ClusterEventKind.Split, ClusterId = clusterId, OtherClusterId = newId, SourceId = sourceId,
                Detail = $"{moved} no longer linked to the rest after {sourceId} left", At = at,
            });
        }
    }

    private void Attach(ClusterMember member)
    {
        members[member.SourceId] = member;
        if (!clusters.TryGetValue(member.ClusterId, out var list))
        {
            clusters[member.ClusterId] = list = [];
        }

        list.Add(member.SourceId);
        IndexKeys(member);
    }

    private void IndexKeys(ClusterMember member)
    {
        foreach (var key in MatchKey.Of(member.Record))
        {
            if (!byKey.TryGetValue(key, out var ids))
            {
                byKey[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(member.SourceId);
        }
    }

    private void UnindexKeys(ClusterMember member)
    {
        foreach (var key in MatchKey.Of(member.Record))
        {
            if (byKey.TryGetValue(key, out var ids) && ids.Remove(member.SourceId) && ids.Count == 0)
            {
                byKey.Remove(key);
            }
        }
    }

    // The same membership with a changed record: its place in the cluster is kept, its keys re-indexed.
    private void Replace(ClusterMember member)
    {
        UnindexKeys(members[member.SourceId]);
        members[member.SourceId] = member;
        IndexKeys(member);
    }

    private void Detach(string sourceId)
    {
        var member = members[sourceId];
        members.Remove(sourceId);
        var list = clusters[member.ClusterId];
        list.Remove(sourceId);
        if (list.Count == 0)
        {
            clusters.Remove(member.ClusterId);
            retired.Add(member.ClusterId);
        }

        UnindexKeys(member);
    }

    private readonly record struct Candidate(string ClusterId, MatchKey Key, string MatchedSourceId);
}

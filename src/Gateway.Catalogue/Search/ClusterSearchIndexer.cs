using System.Text.Json;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Keeps a cluster's search entry in step with its members, in the ingest unit of work (saved with the change, so
/// search never lists a cluster that is gone nor misses one that exists). Called by the cluster maintainer for every
/// cluster a change touched; the full-text index follows the entry (FTS5 triggers on SQLite, a generated column on
/// PostgreSQL).
/// </summary>
internal sealed class ClusterSearchIndexer(CatalogueDbContext db)
{
    /// <summary>Rewrites the cluster's entry from its live members, or removes it when the cluster was retired.</summary>
    public Task ChangedAsync(Cluster cluster, IReadOnlyCollection<string> memberSourceIds, CancellationToken ct) =>
        ChangedAsync([(cluster, memberSourceIds)], ct);

    /// <summary>
    /// The same for several clusters at once (a page's), with one read of their entries and one of their members'
    /// descriptions per system.
    /// </summary>
    public async Task ChangedAsync(IReadOnlyList<(Cluster Cluster, IReadOnlyCollection<string> Members)> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var ids = changes.Select(c => c.Cluster.Id).ToList();
        var entries = db.ClusterSearch.Local.Where(e => ids.Contains(e.ClusterId)).ToDictionary(e => e.ClusterId, StringComparer.Ordinal);
        var unread = ids.Where(id => !entries.ContainsKey(id)).ToList();
        if (unread.Count > 0)
        {
            foreach (var stored in await db.ClusterSearch.Where(e => EF.Parameter(unread).Contains(e.ClusterId)).ToListAsync(ct))
            {
                entries.TryAdd(stored.ClusterId, stored);
            }
        }

        var live = changes.Where(c => !c.Cluster.IsDeleted && c.Members.Count > 0).ToList();
        var descriptions = live.Count == 0
            ? []
            : await DescriptionsAsync([.. live.SelectMany(c => c.Members).Distinct(StringComparer.Ordinal)], ct);
        foreach (var (cluster, members) in changes)
        {
            entries.TryGetValue(cluster.Id, out var entry);
            if (cluster.IsDeleted || members.Count == 0)
            {
                if (entry is not null)
                {
                    db.ClusterSearch.Remove(entry);
                }

                continue;
            }

            var own = members.Where(descriptions.ContainsKey).ToDictionary(m => m, m => descriptions[m], StringComparer.Ordinal);
            if (own.Count == 0)
            {
                throw new InvalidOperationException($"No stored description for any member of cluster {cluster.Id} ({string.Join(", ", members)}).");
            }

            var document = SearchDocument.Of(own);
            if (entry is null)
            {
                entry = new ClusterSearchEntry { ClusterId = cluster.Id };
                db.ClusterSearch.Add(entry);
            }

            entry.TitleText = document.TitleText;
            entry.OtherText = document.OtherText;
            entry.TitleWords = document.TitleWords;
            entry.Title = document.Title;
            entry.SummaryJson = JsonSerializer.Serialize(document.Summary, CatalogueJson.Options);
        }
    }

    /// <summary>
    /// Each member's description: the version this unit of work holds (tracked, maybe not saved yet), else the stored one
    /// (only its description column is read).
    /// </summary>
    private async Task<Dictionary<string, BibliographicDescription>> DescriptionsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken ct)
    {
        var result = new Dictionary<string, BibliographicDescription>(StringComparer.Ordinal);
        var bySystem = sourceIds
            .Select(s => RecordId.TryParse(s, out var system, out var record) ? (System: system, Record: record) : default)
            .Where(s => s.System is not null)
            .GroupBy(s => s.System, StringComparer.Ordinal);
        foreach (var group in bySystem)
        {
            var systemId = group.Key;
            var missing = group.Select(s => s.Record).ToHashSet(StringComparer.Ordinal);
            foreach (var tracked in db.SourceRecords.Local.Where(r => r.SystemId == systemId && missing.Contains(r.VendorRecordId)).ToList())
            {
                result[RecordId.Format(systemId, tracked.VendorRecordId)] = Read(tracked.DescriptionJson);
                missing.Remove(tracked.VendorRecordId);
            }

            if (missing.Count == 0)
            {
                continue;
            }

            var ids = missing.ToList();
            var stored = await db.SourceRecords.AsNoTracking()
                .Where(r => r.SystemId == systemId && EF.Parameter(ids).Contains(r.VendorRecordId))
                .Select(r => new { r.VendorRecordId, r.DescriptionJson })
                .ToListAsync(ct);
            foreach (var row in stored)
            {
                result[RecordId.Format(systemId, row.VendorRecordId)] = Read(row.DescriptionJson);
            }
        }

        return result;
    }

    private static BibliographicDescription Read(string json) =>
        JsonSerializer.Deserialize<BibliographicDescription>(json, CatalogueJson.Options) ?? new BibliographicDescription { Title = "" };
}

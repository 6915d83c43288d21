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
    public async Task ChangedAsync(Cluster cluster, IReadOnlyCollection<string> memberSourceIds, CancellationToken ct)
    {
        var id = cluster.Id;
        var entry = db.ClusterSearch.Local.FirstOrDefault(e => e.ClusterId == id)
            ?? await db.ClusterSearch.SingleOrDefaultAsync(e => e.ClusterId == id, ct);
        if (cluster.IsDeleted || memberSourceIds.Count == 0)
        {
            if (entry is not null)
            {
                db.ClusterSearch.Remove(entry);
            }

            return;
        }

        var document = SearchDocument.Of(await DescriptionsAsync(memberSourceIds, ct));
        if (entry is null)
        {
            entry = new ClusterSearchEntry { ClusterId = id };
            db.ClusterSearch.Add(entry);
        }

        entry.TitleText = document.TitleText;
        entry.OtherText = document.OtherText;
        entry.TitleWords = document.TitleWords;
        entry.Title = document.Title;
        entry.SummaryJson = JsonSerializer.Serialize(document.Summary, CatalogueJson.Options);
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
                .Where(r => r.SystemId == systemId && ids.Contains(r.VendorRecordId))
                .Select(r => new { r.VendorRecordId, r.DescriptionJson })
                .ToListAsync(ct);
            foreach (var row in stored)
            {
                result[RecordId.Format(systemId, row.VendorRecordId)] = Read(row.DescriptionJson);
            }
        }

        return result.Count > 0 ? result : throw new InvalidOperationException($"No stored description for any member of the cluster ({string.Join(", ", sourceIds)}).");
    }

    private static BibliographicDescription Read(string json) =>
        JsonSerializer.Deserialize<BibliographicDescription>(json, CatalogueJson.Options) ?? new BibliographicDescription { Title = "" };
}

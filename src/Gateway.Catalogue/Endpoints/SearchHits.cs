using System.Text.Json;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary>Turns a page of search keys into hits: three reads (entries, members, holding libraries) for the page.</summary>
internal static class SearchHits
{
    public static async Task<List<SearchHit>> LoadAsync(
        CatalogueDbContext db, ISystemsRegistry registry, IReadOnlyList<SearchKey> page, HttpRequest request, CancellationToken ct)
    {
        var ids = page.Select(k => k.ClusterId).ToList();
        var entries = await db.ClusterSearch.AsNoTracking().Where(e => ids.Contains(e.ClusterId)).ToDictionaryAsync(e => e.ClusterId, StringComparer.Ordinal, ct);
        var members = (await db.ClusterMemberships.AsNoTracking().Where(m => ids.Contains(m.ClusterId))
            .Select(m => new { m.ClusterId, m.SourceId }).ToListAsync(ct))
            .ToLookup(m => m.ClusterId, m => m.SourceId, StringComparer.Ordinal);
        var libraries = (await db.ClusterSets.AsNoTracking().Where(s => ids.Contains(s.ClusterId) && s.SetSpec.StartsWith(LibrarySetSpec.Prefix))
            .Select(s => new { s.ClusterId, s.SetSpec }).ToListAsync(ct))
            .ToLookup(s => s.ClusterId, s => s.SetSpec, StringComparer.Ordinal);

        var hits = new List<SearchHit>(page.Count);
        foreach (var key in page)
        {
            // Removed between the two reads (a merge committed meanwhile): left out of this page, as it is of the next.
            if (!entries.TryGetValue(key.ClusterId, out var entry))
            {
                continue;
            }

            var summary = JsonSerializer.Deserialize<SearchSummary>(entry.SummaryJson, CatalogueJson.Options)
                ?? throw new InvalidOperationException($"Search summary of {entry.ClusterId} is empty.");
            var sources = members[key.ClusterId].Order(StringComparer.Ordinal).ToList();
            hits.Add(new SearchHit(
                entry.ClusterId,
                key.Score,
                entry.Title,
                summary.Authors,
                summary.Year,
                summary.Format,
                new SearchHitIdentifiers(summary.Isbns, summary.Issns, summary.OclcNumbers),
                [.. sources.Select(s => RecordId.TryParse(s, out var system, out _) ? system : s).Distinct(StringComparer.Ordinal)],
                [.. libraries[key.ClusterId].Order(StringComparer.Ordinal).Select(spec => Library(spec, registry)).OfType<SearchHitLibrary>()],
                sources,
                new SearchHitLinks($"{request.PathBase}/api/v1/records/{entry.ClusterId}")));
        }

        return hits;
    }

    private static SearchHitLibrary? Library(string setSpec, ISystemsRegistry registry)
    {
        if (!LibrarySetSpec.TryParse(setSpec, out var systemId, out var code))
        {
            return null;
        }

        var name = registry.Find(systemId)?.Libraries.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal))?.Name;
        return new SearchHitLibrary(systemId, code, name ?? code);
    }
}

using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Runs a search over the live clusters and returns one page of keys (decision 0021): ranked by score then cluster id
/// with words, in cluster id order without; filtered by match keys (ISBN, OCLC number) and sets (system, library);
/// keyset-paged after the cursor's key, so a deep page costs what the first does and ingest between pages never
/// repeats or skips a hit that stayed the same.
/// </summary>
internal sealed class ClusterSearch(CatalogueDbContext db)
{
    /// <summary>The page (at most <c>Limit</c> keys) and whether more follow.</summary>
    public async Task<(IReadOnlyList<SearchKey> Page, bool HasMore)> FindAsync(SearchQuery query, CancellationToken ct)
    {
        var clusterIds = await ClustersWithKeysAsync(query.MatchKeys, ct);
        if (clusterIds is { Count: 0 })
        {
            return ([], false);
        }

        var rows = query.Ranked
            ? await RankedAsync(query, clusterIds, ct)
            : await InIdOrderAsync(query, clusterIds, ct);
        var hasMore = rows.Count > query.Limit;
        return (hasMore ? rows[..query.Limit] : rows, hasMore);
    }

    /// <summary>Clusters with a member under every key; null when there are no keys (no such filter).</summary>
    private async Task<List<string>?> ClustersWithKeysAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        List<string>? result = null;
        foreach (var key in keys)
        {
            var ids = await db.ClusterKeys.AsNoTracking().Where(k => k.Key == key).Select(k => k.ClusterId).ToListAsync(ct);
            result = result is null ? ids : [.. result.Intersect(ids, StringComparer.Ordinal)];
        }

        return result;
    }

    private async Task<List<SearchKey>> InIdOrderAsync(SearchQuery query, List<string>? clusterIds, CancellationToken ct)
    {
        IQueryable<ClusterSearchEntry> rows = db.ClusterSearch.AsNoTracking();
        if (clusterIds is not null)
        {
            rows = rows.Where(e => clusterIds.Contains(e.ClusterId));
        }

        var specs = query.SetSpecs;
        if (specs.Count > 0)
        {
            rows = rows.Where(e => db.ClusterSets.Any(s => s.ClusterId == e.ClusterId && specs.Contains(s.SetSpec)));
        }

        if (query.After is { } after)
        {
            rows = rows.Where(e => e.ClusterId.CompareTo(after.ClusterId) > 0);
        }

        var ids = await rows.OrderBy(e => e.ClusterId).Select(e => e.ClusterId).Take(query.Limit + 1).ToListAsync(ct);
        return [.. ids.Select(id => new SearchKey(id, null))];
    }

    private async Task<List<SearchKey>> RankedAsync(SearchQuery query, List<string>? clusterIds, CancellationToken ct)
    {
        var sql = new SearchSql(db.Database.IsNpgsql());
        var text = sql.Ranked(query.Words);
        sql.Where(clusterIds, query.SetSpecs, query.After);
        var rows = await db.Database.SqlQueryRaw<SearchKey>(sql.Finish(text, query.Limit + 1), sql.Arguments).ToListAsync(ct);
        return rows;
    }
}

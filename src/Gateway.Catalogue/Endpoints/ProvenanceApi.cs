using Gateway.Catalogue.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary><c>GET /api/v1/records/{id}/provenance</c>: why a consolidated record is what it is (decision 0017).</summary>
internal static class ProvenanceApi
{
    /// <summary>At most this many log entries are returned (the newest).</summary>
    public const int MaxLogEntries = 1000;

    public static RouteGroupBuilder MapProvenanceApi(this RouteGroupBuilder records)
    {
        records.MapGet("/{id}/provenance", GetProvenance)
            .WithName("GetRecordProvenance")
            .WithSummary("Why a consolidated record holds the source records it does: members, join keys, and the merge/split audit log.")
            .Produces<ProvenanceResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return records;
    }

    private static async Task<Results<Ok<ProvenanceResponse>, ProblemHttpResult>> GetProvenance(
        HttpContext http, CatalogueDbContext db, string id, CancellationToken ct)
    {
        if (ClusterIdFormat.IsClusterId(id))
        {
            var cluster = await db.Clusters.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            return cluster is null
                ? Problems.NotFound($"No consolidated record '{id}'.")
                : TypedResults.Ok(await ForClusterAsync(http, db, cluster, ct));
        }

        if (!RecordId.TryParse(id, out var systemId, out var vendorRecordId))
        {
            return Problems.InvalidRequest($"'{id}' is neither a consolidated record id ('c' and 16 hex digits) nor a source record id ('{{systemId}}:{{vendorRecordId}}').");
        }

        if (!await db.SourceRecords.AnyAsync(r => r.SystemId == systemId && r.VendorRecordId == vendorRecordId, ct))
        {
            return Problems.NotFound($"No record '{id}' in the catalogue.");
        }

        return TypedResults.Ok(await ForSourceAsync(db, id, ct));
    }

    private static async Task<ProvenanceResponse> ForClusterAsync(HttpContext http, CatalogueDbContext db, Cluster cluster, CancellationToken ct)
    {
        var members = await db.ClusterMemberships.AsNoTracking().Where(m => m.ClusterId == cluster.Id)
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.SourceId).ToListAsync(ct);
        var (log, truncated) = await LogAsync(db.ClusterAudit.Where(e => e.ClusterId == cluster.Id || e.OtherClusterId == cluster.Id), ct);
        var basePath = $"{http.Request.PathBase}/api/v1/records/";
        return new ProvenanceResponse(
            cluster.Id,
            cluster.Id,
            cluster.IsDeleted,
            cluster.MergedInto,
            Utc(cluster.Datestamp),
            [.. members.Select(m => new ProvenanceMember(m.SourceId, m.JoinedVia, m.MatchedSourceId, Utc(m.JoinedAt), basePath + Uri.EscapeDataString(m.SourceId)))],
            log,
            truncated);
    }

    private static async Task<ProvenanceResponse> ForSourceAsync(CatalogueDbContext db, string sourceId, CancellationToken ct)
    {
        var clusterId = await db.ClusterMemberships.Where(m => m.SourceId == sourceId).Select(m => m.ClusterId).SingleOrDefaultAsync(ct);
        var (log, truncated) = await LogAsync(db.ClusterAudit.Where(e => e.SourceId == sourceId), ct);
        return new ProvenanceResponse(sourceId, clusterId, clusterId is null, null, null, [], log, truncated);
    }

    private static async Task<(IReadOnlyList<ProvenanceEntry> Log, bool Truncated)> LogAsync(IQueryable<ClusterAuditEntry> entries, CancellationToken ct)
    {
        var newest = await entries.AsNoTracking().OrderByDescending(e => e.Id).Take(MaxLogEntries + 1).ToListAsync(ct);
        var truncated = newest.Count > MaxLogEntries;
        return ([.. newest.Take(MaxLogEntries).Reverse().Select(e =>
            new ProvenanceEntry(Utc(e.At), e.Kind, e.ClusterId, e.SourceId, e.Key, e.MatchedSourceId, e.OtherClusterId, e.Detail))], truncated);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

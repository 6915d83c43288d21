using System.Globalization;
using System.Text.Json;
using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Endpoints;

/// <summary>The records API: <c>GET /api/v1/records</c> and <c>GET /api/v1/records/{id}</c>.</summary>
internal static class RecordsApi
{
    public const string MarcXmlMediaType = "application/marcxml+xml";

    public static RouteGroupBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/records").WithTags("Records");
        group.MapGet("/", ListRecords)
            .WithName("ListRecords")
            .WithSummary("List records, cursor-paged, optionally from one regional system.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetRecord)
            .WithName("GetRecord")
            .WithSummary("One record as JSON, or as MARCXML with Accept: application/marcxml+xml: a consolidated record (id c…: the preferred source record, every holding library, links to each source) or one system's source record ({systemId}:{vendorRecordId}).")
            .Produces<RecordResponse>(StatusCodes.Status200OK, "application/json", MarcXmlMediaType)
            .Produces<ConsolidatedRecord>(StatusCodes.Status200OK, "application/json", MarcXmlMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return group;
    }

    private static async Task<Results<Ok<RecordPage>, ProblemHttpResult>> ListRecords(
        HttpContext http, CatalogueDbContext db, ISystemsRegistry registry, IOptions<CatalogueOptions> options,
        string? system, string? cursor, string? limit, CancellationToken ct)
    {
        var query = RecordListQuery.Parse(system, cursor, limit, registry, options.Value);
        if (query.Problem is not null)
        {
            return TypedResults.Problem(query.Problem);
        }

        var rows = db.SourceRecords.AsNoTracking().Where(r => !r.IsDeleted && r.Id > query.AfterId);
        if (query.System is not null)
        {
            rows = rows.Where(r => r.SystemId == query.System);
        }

        var page = await rows.OrderBy(r => r.Id).Take(query.Limit + 1).ToListAsync(ct);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        var nextCursor = hasMore ? Cursor.Encode(page[^1].Id) : null;
        var next = nextCursor is null ? null : NextLink(http.Request, query, nextCursor);
        var holdings = await HoldingsSummaries.ForAsync(db, registry, page, ct);
        return TypedResults.Ok(new RecordPage([.. page.Select(r => ToResponse(r, holdings, http.Request))], nextCursor, next));
    }

    private static async Task<IResult> GetRecord(
        HttpContext http, CatalogueDbContext db, ISystemsRegistry registry, Consolidator consolidator, string id, CancellationToken ct)
    {
        if (ClusterIdFormat.IsClusterId(id))
        {
            return await ConsolidatedRecordEndpoint.GetAsync(http, db, consolidator, id, ct);
        }

        if (!RecordId.TryParse(id, out var systemId, out var vendorRecordId))
        {
            return Problems.InvalidRequest($"'{id}' is not a record id: expected a consolidated record id ('c' and 16 hex digits) or a source record id ('{{systemId}}:{{vendorRecordId}}').");
        }

        var record = await db.SourceRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.SystemId == systemId && r.VendorRecordId == vendorRecordId, ct);
        if (record is null)
        {
            return Problems.NotFound($"No record '{id}' in the catalogue.");
        }

        if (record.IsDeleted)
        {
            return Problems.Gone(
                $"Record '{id}' was deleted in {systemId} at {record.SourceTimestamp.ToString("O", CultureInfo.InvariantCulture)}Z.");
        }

        if (MarcXmlNegotiation.PrefersMarcXml(http.Request))
        {
            return record.MarcXml is null
                ? Problems.NotAcceptable($"Record '{id}' has no MARCXML source.")
                : TypedResults.Text(record.MarcXml, MarcXmlMediaType);
        }

        return TypedResults.Ok(ToResponse(record, await HoldingsSummaries.ForAsync(db, registry, [record], ct), http.Request));
    }

    private static RecordResponse ToResponse(
        SourceRecord record, ILookup<(string SystemId, string RecordId), LibraryHoldings> holdings, HttpRequest request)
    {
        var id = RecordId.Format(record.SystemId, record.VendorRecordId);
        var self = $"{request.PathBase}/api/v1/records/{Uri.EscapeDataString(id)}";
        return new RecordResponse(
            id,
            record.SystemId,
            record.VendorRecordId,
            JsonSerializer.Deserialize<BibliographicDescription>(record.DescriptionJson, CatalogueJson.Options)!,
            new DateTimeOffset(DateTime.SpecifyKind(record.SourceTimestamp, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(record.StoredAt, DateTimeKind.Utc)),
            [.. holdings[(record.SystemId, record.VendorRecordId)]],
            new RecordLinks(self, self));
    }

    private static string NextLink(HttpRequest request, RecordListQuery query, string nextCursor)
    {
        var parameters = new List<string> { $"cursor={nextCursor}", $"limit={query.Limit}" };
        if (query.System is not null)
        {
            parameters.Insert(0, $"system={Uri.EscapeDataString(query.System)}");
        }

        return $"{request.PathBase}/api/v1/records?{string.Join('&', parameters)}";
    }
}

using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Search;
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

    private const string SearchDescription =
        "Parameters, all optional and combined with AND: `q` free text (every word required, case and diacritics ignored; " +
        "ranked: every word in a title first, then shorter titles, then id), `isbn` (ISBN-10 or ISBN-13, hyphens allowed), " +
        "`oclc` (digits, with or without (OCoLC)/ocm/ocn/on), `system` (a regional system id: a source record from it), " +
        "`library` (a library code, or {systemId}.{code}: an item in it), `limit` (page size), `cursor` (the nextCursor of " +
        "the previous page, with the same query). Without `q` the order is the consolidated record id. Bad input is a 400 " +
        "problem naming each parameter.";

    public static RouteGroupBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/records").WithTags("Records");
        group.MapGet("/", SearchRecords)
            .WithName("SearchRecords")
            .WithSummary("Search the consolidated records (one per edition, every system's copies together), cursor-paged.")
            .WithDescription(SearchDescription)
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

    private static async Task<Results<Ok<SearchPage>, ProblemHttpResult>> SearchRecords(
        HttpContext http, CatalogueDbContext db, ClusterSearch search, ISystemsRegistry registry, IOptions<CatalogueOptions> options,
        [Description("Free text: every word required, case and diacritics ignored; ranked (every word in a title first, then shorter titles).")] string? q,
        [Description("An ISBN-10 or ISBN-13, hyphens allowed: the consolidated record with a source record of that ISBN.")] string? isbn,
        [Description("An OCLC number, with or without (OCoLC), ocm, ocn or on.")] string? oclc,
        [Description("A regional system id (GET /api/v1/systems): records with a source record from it.")] string? system,
        [Description("A library code, or {systemId}.{code}: records with an item held there.")] string? library,
        [Description("Page size, 1 to Catalogue:MaxPageSize (200); default Catalogue:DefaultPageSize (50).")] string? limit,
        [Description("The nextCursor of the previous page, passed unchanged with the same query.")] string? cursor,
        CancellationToken ct)
    {
        var query = SearchQuery.Parse(new SearchParameters(q, isbn, oclc, system, library, limit, cursor), registry, options.Value);
        if (query.Problem is not null)
        {
            return TypedResults.Problem(query.Problem);
        }

        var (page, hasMore) = await search.FindAsync(query, ct);
        var nextCursor = hasMore ? new SearchCursor(page[^1].Score, page[^1].ClusterId).Encode() : null;
        var next = nextCursor is null ? null : NextLink(http.Request, query, nextCursor);
        return TypedResults.Ok(new SearchPage(await SearchHits.LoadAsync(db, registry, page, http.Request, ct), nextCursor, next));
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

    private static string NextLink(HttpRequest request, SearchQuery query, string nextCursor)
    {
        var given = query.Echo;
        var parameters = new (string Name, string? Value)[]
        {
            ("q", given.Q), ("isbn", given.Isbn), ("oclc", given.Oclc), ("system", given.System), ("library", given.Library),
            ("limit", query.Limit.ToString(CultureInfo.InvariantCulture)), ("cursor", nextCursor),
        };
        var text = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return $"{request.PathBase}/api/v1/records?{text}";
    }
}

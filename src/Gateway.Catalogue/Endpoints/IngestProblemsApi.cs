using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// <c>GET /api/v1/ops/problems[?system=]</c>: stored records with something wrong that operators should see (MARCXML
/// the catalogue could not read: the record is kept and clustered from its description), newest first.
/// </summary>
internal static class IngestProblemsApi
{
    public const int MaxListed = 500;

    public static IEndpointRouteBuilder MapIngestProblemsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/ops/problems", ListAsync)
            .WithTags("Operations")
            .WithName("ListIngestProblems")
            .WithSummary("Records kept aside with a problem (e.g. unreadable MARCXML), newest first, at most 500.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<IngestProblemResponse>>, ProblemHttpResult>> ListAsync(
        HttpContext http, CatalogueDbContext db, ISystemsRegistry registry, string? system, CancellationToken ct)
    {
        if (system is not null && registry.Find(system) is null)
        {
            return Problems.NotFound($"No system '{system}' in the registry.");
        }

        var query = db.IngestProblems.AsNoTracking();
        if (system is not null)
        {
            query = query.Where(p => p.SystemId == system);
        }

        var rows = await query.OrderByDescending(p => p.SeenAt).ThenBy(p => p.SourceId).Take(MaxListed).ToListAsync(ct);
        var basePath = $"{http.Request.PathBase}/api/v1/records/";
        return TypedResults.Ok<IReadOnlyList<IngestProblemResponse>>([.. rows.Select(p => new IngestProblemResponse(
            p.SourceId, p.SystemId, p.Kind, p.Detail, new DateTimeOffset(DateTime.SpecifyKind(p.SeenAt, DateTimeKind.Utc)), p.CorrelationId,
            basePath + Uri.EscapeDataString(p.SourceId)))]);
    }
}

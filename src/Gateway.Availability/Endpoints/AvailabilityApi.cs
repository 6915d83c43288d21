using System.Text.Json;
using Gateway.Availability.Answers;
using Gateway.Availability.Fanout;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Endpoints;

/// <summary>
/// The hub's availability API: <c>GET /api/v1/records/{id}/availability</c> and <c>POST /api/v1/availability</c>
/// (a results page at once). Each holding library: status, next due date, location, call number, item count, counts by
/// status, <c>asOf</c>, freshness, the system's outcome and request links; items with <c>items=true</c>.
/// </summary>
internal static class AvailabilityApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/records/{id}/availability", GetAsync)
            .WithTags("Availability")
            .WithName("GetRecordAvailability")
            .WithSummary("Availability of one record (consolidated c… or source {systemId}:{vendorRecordId}) in every library that holds it, asked of the systems now within the deadline.")
            .WithDescription("Per library: status, next due date, location, call number, item count, counts by status, asOf, freshness (live, cached, stale, unknown), the system's outcome (ok, timeout, circuit-open, error) with its reason, and request links. items=true lists the items too. complete=false when a system did not answer in time.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        app.MapPost("/api/v1/availability", PostAsync)
            .WithTags("Availability")
            .WithName("GetAvailability")
            .WithSummary("Availability of up to 100 records at once (a results page), with one deadline for the whole request.")
            .WithDescription("Body: {\"ids\":[\"c…\",\"koha-east:2\"],\"items\":false}. Ids no system holds are listed in notFound; one system's failure never fails the answer (its libraries answer stale from the cache, or unknown).")
            .Accepts<AvailabilityBatchRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return app;
    }

    private static async Task<Results<Ok<AvailabilityAnswer>, ProblemHttpResult>> GetAsync(
        string id, bool? items, AvailabilityService service, CancellationToken ct)
    {
        if (!RecordIds.IsWellFormed(id))
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, MalformedDetail([id]));
        }

        var answer = await LookupAsync(service, [id], items ?? false, ct);
        if (answer.Result is not null)
        {
            return answer.Result;
        }

        return answer.Answer!.NotFound.Count > 0
            ? Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, $"No system holds record '{id}' (unknown id, or every source deleted).")
            : TypedResults.Ok(answer.Answer);
    }

    private static async Task<Results<Ok<AvailabilityAnswer>, ProblemHttpResult>> PostAsync(
        HttpRequest request, AvailabilityService service, IOptions<AvailabilityOptions> options, CancellationToken ct)
    {
        var settings = options.Value;
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Send the ids as JSON (Content-Type: application/json): {\"ids\":[\"c…\"]}.");
        }

        if (await BodyReader.ReadAsync(request, settings.MaxBodyBytes, ct) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, $"The body is larger than {settings.MaxBodyBytes} bytes; ask for at most {settings.MaxIds} ids at a time.");
        }

        AvailabilityBatchRequest? batch;
        try
        {
            batch = JsonSerializer.Deserialize<AvailabilityBatchRequest>(body, Json);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, $"The body must be JSON like {{\"ids\":[\"c…\",\"koha-east:2\"]}}: {e.Message}");
        }

        var ids = (batch?.Ids ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0 || ids.Count > settings.MaxIds)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, $"Give 1 to {settings.MaxIds} record ids in \"ids\"; {ids.Count} given.");
        }

        if (ids.Where(i => !RecordIds.IsWellFormed(i)).ToList() is { Count: > 0 } malformed)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, MalformedDetail(malformed));
        }

        var answer = await LookupAsync(service, ids!, batch!.Items, ct);
        return answer.Result is not null ? answer.Result : TypedResults.Ok(answer.Answer!);
    }

    private static async Task<(AvailabilityAnswer? Answer, ProblemHttpResult? Result)> LookupAsync(
        AvailabilityService service, IReadOnlyList<string> ids, bool items, CancellationToken callerGone)
    {
        try
        {
            return (await service.LookupAsync(ids, items, callerGone), null);
        }
        catch (OperationCanceledException) when (!callerGone.IsCancellationRequested)
        {
            return (null, Problem(StatusCodes.Status504GatewayTimeout, ProblemTypes.UpstreamTimeout, "The catalogue could not say which systems hold these records within the deadline; retry."));
        }
    }

    private static string MalformedDetail(IEnumerable<string?> ids) =>
        $"Not record ids: {string.Join(", ", ids.Select(i => i is null ? "null" : $"'{i}'"))}. Expected a consolidated record id ('c' and 16 hex digits) or a source record id ('{{systemId}}:{{vendorRecordId}}').";

    private static ProblemHttpResult Problem(int status, string type, string detail) =>
        TypedResults.Problem(detail, statusCode: status, type: ProblemTypes.Uri(type));
}

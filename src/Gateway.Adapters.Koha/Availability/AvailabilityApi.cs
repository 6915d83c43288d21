using System.Text.Json;
using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// Live availability for the availability service: <c>POST /api/v1/adapters/{systemId}/availability</c> with
/// <c>{"recordIds":["1","2"]}</c> (or <c>GET ...?id=1&amp;id=2</c>) answers each record's items as Koha has them now.
/// The lookup (<see cref="KohaAvailabilityLookup"/>, shared with the in-process entry) ends when the caller gives up
/// (its request is aborted) or after <see cref="Options.KohaAdapterOptions.AvailabilityTimeout"/> (504). Vendor failures
/// are 502 problems that say what Koha did.
/// Internal: nothing authenticates service-to-service calls yet; expose it only inside the deployment.
/// </summary>
internal static class AvailabilityApi
{
    public const string Route = "/api/v1/adapters/{systemId}/availability";

    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Adapters (internal)");
        group.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        group.MapPost("", PostAsync)
            .WithName("KohaLiveAvailability")
            .WithSummary("Live availability of up to N records of one Koha system, read from Koha now (internal: for the availability service).")
            .Accepts<AvailabilityRequest>("application/json");
        group.MapGet("", GetAsync)
            .WithName("KohaLiveAvailabilityByQuery")
            .WithSummary("The same with the record ids as repeated id= parameters.");
        return app;
    }

    private static async Task<Results<Ok<SystemAvailability>, ProblemHttpResult>> PostAsync(
        string systemId, HttpRequest request, KohaAvailabilityLookup lookup, CancellationToken ct)
    {
        AvailabilityRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<AvailabilityRequest>(ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, $"The body must be JSON like {{\"recordIds\":[\"1\",\"2\"]}}: {e.Message}");
        }

        return Result(await lookup.LookupAsync(systemId, body?.RecordIds ?? [], ct));
    }

    private static async Task<Results<Ok<SystemAvailability>, ProblemHttpResult>> GetAsync(
        string systemId, string[]? id, KohaAvailabilityLookup lookup, CancellationToken ct) =>
        Result(await lookup.LookupAsync(systemId, id ?? [], ct));

    private static Results<Ok<SystemAvailability>, ProblemHttpResult> Result(LookupOutcome outcome) =>
        outcome.Answer is { } answer ? TypedResults.Ok(answer) : Problem(outcome.Status, outcome.ProblemType!, outcome.Detail!);

    private static ProblemHttpResult Problem(int status, string type, string detail) =>
        TypedResults.Problem(detail, statusCode: status, type: ProblemTypes.Uri(type));
}

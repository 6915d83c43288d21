using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.Vendor;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// Live availability for the availability service: <c>POST /api/v1/adapters/{systemId}/availability</c> with
/// <c>{"recordIds":["1","2"]}</c> (or <c>GET ...?id=1&amp;id=2</c>) answers each record's items as Koha has them now.
/// The lookup ends when the caller gives up (its request is aborted) or after
/// <see cref="KohaAdapterOptions.AvailabilityTimeout"/> (504). Vendor failures are 502 problems that say what Koha did.
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
        string systemId, HttpRequest request, ISystemsRegistry registry, KohaLiveAvailability availability,
        IOptions<KohaAdapterOptions> options, ILoggerFactory loggers, CancellationToken ct)
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

        return await LookupAsync(systemId, body?.RecordIds ?? [], registry, availability, options.Value, loggers, ct);
    }

    private static Task<Results<Ok<SystemAvailability>, ProblemHttpResult>> GetAsync(
        string systemId, string[]? id, ISystemsRegistry registry, KohaLiveAvailability availability,
        IOptions<KohaAdapterOptions> options, ILoggerFactory loggers, CancellationToken ct) =>
        LookupAsync(systemId, id ?? [], registry, availability, options.Value, loggers, ct);

    private static async Task<Results<Ok<SystemAvailability>, ProblemHttpResult>> LookupAsync(
        string systemId, IReadOnlyList<string> recordIds, ISystemsRegistry registry, KohaLiveAvailability availability,
        KohaAdapterOptions options, ILoggerFactory loggers, CancellationToken callerGone)
    {
        var system = registry.Find(systemId);
        if (system is null || system.Vendor != Vendors.Koha || !system.Enabled)
        {
            return Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, $"'{systemId}' is not an enabled Koha system of the registry (see /api/v1/systems).");
        }

        if (ParseIds(recordIds, options.AvailabilityMaxIds) is not { } ids)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest,
                $"Give 1 to {options.AvailabilityMaxIds} record ids, each a Koha biblionumber (a positive integer); {recordIds.Count} given.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerGone);
        deadline.CancelAfter(options.AvailabilityTimeout);
        var logger = loggers.CreateLogger(typeof(AvailabilityApi));
        try
        {
            return TypedResults.Ok(await availability.LookupAsync(system, ids, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !callerGone.IsCancellationRequested)
        {
            return VendorProblem(logger, systemId, StatusCodes.Status504GatewayTimeout, ProblemTypes.UpstreamTimeout,
                $"{systemId} did not answer within {options.AvailabilityTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (TimeoutRejectedException e)
        {
            return VendorProblem(logger, systemId, StatusCodes.Status504GatewayTimeout, ProblemTypes.UpstreamTimeout, $"{systemId} timed out: {e.Message}");
        }
        catch (BrokenCircuitException e)
        {
            return VendorProblem(logger, systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, $"{systemId} is not being called for now after repeated failures: {e.Message}");
        }
        catch (KohaApiException e)
        {
            return VendorProblem(logger, systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, e.Message);
        }
        catch (HttpRequestException e)
        {
            return VendorProblem(logger, systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, $"{systemId} could not be reached or dropped the connection: {e.Message}");
        }
    }

    /// <summary>Distinct positive integer ids, or null when none, too many or one is not a biblionumber.</summary>
    internal static List<long>? ParseIds(IReadOnlyList<string> recordIds, int max)
    {
        var ids = new List<long>(recordIds.Count);
        foreach (var raw in recordIds)
        {
            if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return null;
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids.Count is 0 || ids.Count > max ? null : ids;
    }

    private static ProblemHttpResult VendorProblem(ILogger logger, string systemId, int status, string type, string detail)
    {
        KohaAdapterLog.AvailabilityFailed(logger, systemId, status, detail);
        KohaAdapterMetrics.AvailabilityFailures.Add(1, KohaAdapterMetrics.System(systemId));
        return Problem(status, type, detail);
    }

    private static ProblemHttpResult Problem(int status, string type, string detail) =>
        TypedResults.Problem(detail, statusCode: status, type: ProblemTypes.Uri(type));
}

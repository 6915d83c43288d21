using System.Globalization;
using System.Text.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.Vendor;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// One live lookup, shared by the route (<see cref="AvailabilityApi"/>) and the in-process entry
/// (<see cref="KohaInProcessAvailability"/>) so both check, time out and fail alike: the system must be an enabled
/// Koha system (404), the ids 1 to <see cref="KohaAdapterOptions.AvailabilityMaxIds"/> biblionumbers (400); the lookup
/// ends when the caller gives up or after <see cref="KohaAdapterOptions.AvailabilityTimeout"/> (504); vendor failures
/// are 502 with what Koha did (unreadable JSON too, wherever Koha sent it).
/// </summary>
internal sealed class KohaAvailabilityLookup(
    ISystemsRegistry registry, KohaLiveAvailability availability, IOptions<KohaAdapterOptions> options, ILogger<KohaAvailabilityLookup> logger)
{
    /// <summary>The outcome; throws <see cref="OperationCanceledException"/> only when <paramref name="callerGone"/> is cancelled.</summary>
    public async Task<LookupOutcome> LookupAsync(string systemId, IReadOnlyList<string> recordIds, CancellationToken callerGone)
    {
        var settings = options.Value;
        var system = registry.Find(systemId);
        if (system is null || system.Vendor != Vendors.Koha || !system.Enabled)
        {
            return LookupOutcome.Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, $"'{systemId}' is not an enabled Koha system of the registry (see /api/v1/systems).");
        }

        if (ParseIds(recordIds, settings.AvailabilityMaxIds) is not { } ids)
        {
            return LookupOutcome.Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest,
                $"Give 1 to {settings.AvailabilityMaxIds} record ids, each a Koha biblionumber (a positive integer); {recordIds.Count} given.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerGone);
        deadline.CancelAfter(settings.AvailabilityTimeout);
        try
        {
            return LookupOutcome.Ok(await availability.LookupAsync(system, ids, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !callerGone.IsCancellationRequested)
        {
            return VendorProblem(systemId, StatusCodes.Status504GatewayTimeout, ProblemTypes.UpstreamTimeout,
                $"{systemId} did not answer within {settings.AvailabilityTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (TimeoutRejectedException e)
        {
            return VendorProblem(systemId, StatusCodes.Status504GatewayTimeout, ProblemTypes.UpstreamTimeout, $"{systemId} timed out: {e.Message}");
        }
        catch (BrokenCircuitException e)
        {
            return VendorProblem(systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, $"{systemId} is not being called for now after repeated failures: {e.Message}");
        }
        catch (KohaApiException e)
        {
            return VendorProblem(systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, e.Message);
        }
        catch (JsonException e)
        {
            // Koha's JSON outside the item reads (e.g. its token answer): the vendor's fault, like any unreadable body.
            return VendorProblem(systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, $"{systemId} answered with JSON that could not be read: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return VendorProblem(systemId, StatusCodes.Status502BadGateway, ProblemTypes.UpstreamFailure, $"{systemId} could not be reached or dropped the connection: {e.Message}");
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

    private LookupOutcome VendorProblem(string systemId, int status, string type, string detail)
    {
        KohaAdapterLog.AvailabilityFailed(logger, systemId, status, detail);
        KohaAdapterMetrics.AvailabilityFailures.Add(1, KohaAdapterMetrics.System(systemId));
        return LookupOutcome.Problem(status, type, detail);
    }
}

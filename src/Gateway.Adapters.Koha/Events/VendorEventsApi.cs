using System.Text.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Options;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Events;

/// <summary>
/// <c>POST /api/v1/vendor-events/{systemId}</c>: a Koha system pushes a change; the signature is checked and the
/// system's harvest is woken at once. The harvest then reads and publishes as for a poll, so push and poll never
/// publish the same change twice, and a forged or replayed event can at most cause one extra read.
/// </summary>
internal static class VendorEventsApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapVendorEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/vendor-events/{systemId}", HandleAsync)
            .WithTags("Vendor events")
            .WithName("PushVendorEvent")
            .WithSummary("A vendor system pushes a change event, signed with HMAC-SHA256 (X-Koha-Signature: sha256=<hex>).")
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        string systemId, HttpRequest request, ISystemsRegistry registry, IOptions<KohaAdapterOptions> options,
        HarvestTrigger trigger, CancellationToken ct)
    {
        var system = registry.Find(systemId);
        if (system is null || system.Vendor != Vendors.Koha || !system.Enabled
            || !options.Value.WebhookSecrets.TryGetValue(systemId, out var secret) || string.IsNullOrEmpty(secret))
        {
            return Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, $"'{systemId}' does not accept pushed events.");
        }

        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, $"An event is at most {MaxBodyBytes} bytes.");
        }

        if (!WebhookSignature.IsValid(request.Headers[WebhookSignature.Header], body, secret))
        {
            return Problem(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized,
                $"Missing or wrong {WebhookSignature.Header}: expected sha256=<hex HMAC-SHA256 of the raw body with the system's secret>.");
        }

        KohaVendorEvent? change;
        try
        {
            change = JsonSerializer.Deserialize<KohaVendorEvent>(body);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest, $"The body is not a valid event: {e.Message}");
        }

        if (change?.Event is null || !KohaVendorEvent.Known.Contains(change.Event) || change.BiblioId is null)
        {
            return Problem(StatusCodes.Status400BadRequest, ProblemTypes.InvalidRequest,
                $"An event needs \"event\" (one of {string.Join(", ", KohaVendorEvent.Known)}) and \"biblio_id\".");
        }

        trigger.Wake(systemId);
        KohaAdapterMetrics.EventsReceived.Add(1, KohaAdapterMetrics.System(systemId), new("event", change.Event));
        return TypedResults.Accepted((string?)null, new { systemId, eventId = change.EventId, change.Event, harvest = "woken" });
    }

    /// <summary>The raw body, or null when it is larger than allowed.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string type, string detail) =>
        TypedResults.Problem(detail, statusCode: status, type: ProblemTypes.Uri(type));
}

using System.ComponentModel.DataAnnotations;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Auth;
using Gateway.Simulators.Koha.Faults;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Representations;
using Gateway.Simulators.Koha.State;
using Gateway.Simulators.Koha.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// Simulator controls under /_sim (no Koha authentication; never part of a real Koha): stats, faults,
/// immediate change ticks, ground truth, token revocation, and the pushed webhook events (list, replay).
/// </summary>
internal static class SimAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapGet("/stats", Stats);
        sim.MapDelete("/stats", (SimulatorStats stats) => { stats.Reset(); return TypedResults.NoContent(); });
        sim.MapGet("/faults", (FaultState faults) => TypedResults.Ok(faults.Settings));
        sim.MapPost("/faults", SetFaults);
        sim.MapDelete("/faults", (FaultState faults) => { faults.Clear(); return TypedResults.NoContent(); });
        sim.MapPost("/advance", Advance);
        sim.MapGet("/truth", (SystemCatalogue catalogue) => TypedResults.Ok(catalogue.Current.GroundTruth()));
        sim.MapPost("/tokens/revoke", (TokenStore tokens) => { tokens.RevokeAll(); return TypedResults.NoContent(); });
        sim.MapGet("/webhooks", (WebhookLog log, long? from) => TypedResults.Ok(log.Since(from ?? 1).Select(WebhookEventResponse.From).ToList()));
        sim.MapPost("/webhooks/replay", Replay);
    }

    private static IResult Replay(WebhookLog log, ILogger<WebhookLog> logger, long? from)
    {
        if (!log.Enabled)
        {
            return TypedResults.Problem("No webhook is configured (KohaSimulator:Webhook:Url and :Secret).", statusCode: StatusCodes.Status409Conflict);
        }

        var start = Math.Max(1, from ?? 1);
        var count = log.Replay(start);
        Log.WebhookReplay(logger, start, count);
        return TypedResults.Ok(new ReplayResponse(start, count));
    }

    private static Ok<StatsResponse> Stats(SystemCatalogue catalogue, SimulatorStats stats, FaultState faults)
    {
        var snapshot = catalogue.Current;
        return TypedResults.Ok(new StatsResponse(catalogue.SystemId, snapshot.Biblios.Count, snapshot.Deleted.Count,
            snapshot.ItemCount, snapshot.Tick, stats.TokensIssued, stats.TokenFailures, stats.AuthFailures, stats.PatronCalls,
            stats.PatronEmbedRequests, stats.Calls, stats.Faults, faults.Settings, snapshot.Holds.Count, snapshot.Checkouts.Count,
            stats.WebhooksSent, stats.WebhooksFailed, stats.WebhookRetries, stats.PeakConcurrentCalls));
    }

    private static IResult SetFaults(FaultSettings settings, FaultState faults, ILogger<FaultState> logger)
    {
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true))
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => p.MemberNames.FirstOrDefault() ?? "")
                .ToDictionary(g => g.Key, g => g.Select(p => p.ErrorMessage ?? "invalid").ToArray()));
        }

        faults.Set(settings);
        Log.FaultsChanged(logger, settings);
        return TypedResults.Ok(settings);
    }

    private static Ok<AdvanceResponse> Advance(SystemCatalogue catalogue, ChangeRunner runner, IOptions<KohaSimulatorOptions> options, TimeProvider time, int? ticks, int? changes)
    {
        var count = Math.Clamp(ticks ?? 1, 1, 10_000);
        var perTick = Math.Clamp(changes ?? options.Value.ChangesPerTick, 0, 100_000);
        var applied = Enumerable.Range(0, count).SelectMany(_ => runner.Advance(time.GetUtcNow(), perTick)).ToList();
        return TypedResults.Ok(new AdvanceResponse(catalogue.Current.Tick, [.. applied.Select(c => new AdvanceResponse.Change(
            c.Kind.ToString(), c.BiblioId, c.ItemId, JsonRepresentation.Instant(c.Timestamp), c.Detail))]));
    }
}

using System.Globalization;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.State;

namespace Gateway.Simulators.Koha.Faults;

/// <summary>
/// Injects the configured faults into Koha requests (/api/v1 and the CGI endpoints), before authentication like a
/// proxy would, on every route or only on the routes the settings name.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultState faults, SimulatorStats stats, TimeProvider time, ILogger<FaultMiddleware> logger)
{
    private static readonly TimeSpan LongestHang = TimeSpan.FromMinutes(10);

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = faults.Settings;
        if (settings.IsNone || !settings.AppliesTo(RouteKinds.Classify(context.Request.Path)))
        {
            await next(context);
            return;
        }

        if (settings.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMs), time, context.RequestAborted);
        }

        if (faults.Roll(settings.TimeoutRate))
        {
            Record(context, "timeout");
            await Hang(context.RequestAborted);
            return;
        }

        if (faults.Roll(settings.Status429Rate))
        {
            Record(context, "status429");
            context.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await KohaErrors.Error(StatusCodes.Status429TooManyRequests, "Too many requests", "too_many_requests").ExecuteAsync(context);
            return;
        }

        if (faults.Roll(settings.ErrorRate))
        {
            Record(context, "error");
            await KohaErrors.InternalError().ExecuteAsync(context);
            return;
        }

        if (faults.Roll(settings.ConnectionDropRate))
        {
            Record(context, "connection_drop");
            await ConnectionDrop.RunAsync(context, next);
            return;
        }

        if (faults.Roll(settings.MalformedRate))
        {
            Record(context, "malformed");
            await MalformedBody.RunAsync(context, next);
            return;
        }

        if (faults.Roll(settings.TruncatedMarcRate))
        {
            if (await TruncatedMarc.RunAsync(context, next))
            {
                Record(context, "truncated_marc");
            }

            return;
        }

        await next(context);
    }

    private void Record(HttpContext context, string fault)
    {
        stats.Fault(fault);
        Log.FaultInjected(logger, fault, context.Request.Path);
    }

    private async Task Hang(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(LongestHang, time, aborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: that is the point of the fault.
        }
    }
}

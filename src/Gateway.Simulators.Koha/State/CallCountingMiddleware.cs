using Gateway.Simulators.Koha.Logging;

namespace Gateway.Simulators.Koha.State;

/// <summary>
/// Counts every /api/v1 call by route kind before anything can reject it, and flags patron data requests:
/// any /patrons route, or an x-koha-embed naming a patron relation (patron, checkout.patron, issuer...); keeps the peak
/// of requests in progress at once (injected latency included: what a vendor sees of a burst).
/// </summary>
internal sealed class CallCountingMiddleware(RequestDelegate next, SimulatorStats stats, ILogger<CallCountingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var kind = RouteKinds.Classify(context.Request.Path);
        stats.Call(kind);
        var embed = context.Request.Headers["x-koha-embed"].ToString();
        var patronEmbed = embed.Contains("patron", StringComparison.OrdinalIgnoreCase) || embed.Contains("issuer", StringComparison.OrdinalIgnoreCase);
        if (patronEmbed)
        {
            stats.PatronEmbedRequested();
        }

        if (patronEmbed || kind == RouteKinds.Patrons)
        {
            Log.PatronDataRequested(logger, context.Request.Method, context.Request.Path, embed.Length == 0 ? null : embed);
        }

        using (stats.InFlight())
        {
            await next(context);
        }
    }
}

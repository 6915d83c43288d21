using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Gateway.ServiceDefaults;

/// <summary>
/// Wires what every service of the gateway shares: telemetry, health checks, resilient HTTP clients and RFC 9457
/// ProblemDetails. Modelled on .NET Aspire's service defaults.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of the health checks that say the process is alive (as opposed to ready).</summary>
    public const string LiveTag = "live";

    /// <summary>Adds telemetry, health checks, resilience on every HttpClient and ProblemDetails.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureGatewayTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddGatewayProblemDetails();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check), <c>/alive</c> (liveness only) and <c>/metrics</c>. With
    /// <paramref name="showHealthDetails"/>, a caller it refuses sees only the overall status of <c>/health</c>, not each
    /// check's status and description (the gateway shows them to operators alone).
    /// </summary>
    public static TBuilder MapDefaultEndpoints<TBuilder>(this TBuilder app, Func<HttpContext, bool>? showHealthDetails = null)
        where TBuilder : IEndpointRouteBuilder
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) => HealthResponseWriter.WriteAsync(context, report, showHealthDetails?.Invoke(context) ?? true),
        }).ExcludeFromDescription();
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(LiveTag),
            ResponseWriter = (context, report) => HealthResponseWriter.WriteAsync(context, report, details: true),
        }).ExcludeFromDescription();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

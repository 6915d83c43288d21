using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Gateway.ServiceDefaults;

/// <summary>OpenTelemetry for logs, metrics and traces, across HTTP and MassTransit.</summary>
public static class TelemetryExtensions
{
    /// <summary>Name of the activity source and meter the gateway's own code uses.</summary>
    public const string GatewaySourceName = "Gateway";

    /// <summary>Adds tracing and metrics (ASP.NET Core, HttpClient, runtime, MassTransit, the gateway's own).</summary>
    public static TBuilder ConfigureGatewayTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", GatewaySourceName)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource("MassTransit", GatewaySourceName, "Yarp.ReverseProxy")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsInfrastructurePath(ctx.Request.Path))
                .AddHttpClientInstrumentation());

        // Export over OTLP only when a collector is configured (standard OTEL_EXPORTER_OTLP_ENDPOINT variable).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsInfrastructurePath(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/metrics");
}

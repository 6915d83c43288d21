using System.Diagnostics.Metrics;

namespace Gateway.Availability;

/// <summary>The availability service's instruments (meter <c>Gateway</c>): what operators watch when a system degrades.</summary>
internal static class AvailabilityMetrics
{
    private static readonly Meter Meter = new("Gateway");

    /// <summary>Each system's outcome per request, tagged <c>system</c> and <c>outcome</c> (ok, timeout, circuit-open, error).</summary>
    public static Counter<long> SystemOutcomes { get; } =
        Meter.CreateCounter<long>("gateway.availability.system.outcomes", description: "Systems asked for availability, by outcome");

    /// <summary>Records answered from the cache without asking their system.</summary>
    public static Counter<long> CacheHits { get; } =
        Meter.CreateCounter<long>("gateway.availability.cache.hits", description: "Records answered from a fresh cache entry");

    /// <summary>Time each system took in a request, in milliseconds.</summary>
    public static Histogram<double> SystemDuration { get; } =
        Meter.CreateHistogram<double>("gateway.availability.system.duration", unit: "ms", description: "Time spent on one system in one request");

    /// <summary>Time to resolve a request's ids to the systems holding them (the catalogue's query), in milliseconds.</summary>
    public static Histogram<double> ResolutionDuration { get; } =
        Meter.CreateHistogram<double>("gateway.availability.resolution.duration", unit: "ms", description: "Time spent resolving a request's records to their systems");

    /// <summary>Time to assemble a request's answer from the systems' parts, in milliseconds.</summary>
    public static Histogram<double> AssemblyDuration { get; } =
        Meter.CreateHistogram<double>("gateway.availability.assembly.duration", unit: "ms", description: "Time spent assembling one availability answer");
}

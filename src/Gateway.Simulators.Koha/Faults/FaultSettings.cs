using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Gateway.Simulators.Koha.Faults;

/// <summary>
/// Faults injected into /api/v1 responses (POST /_sim/faults). Rates are probabilities per request, checked in
/// this order: timeout, 429, 500, malformed; latency applies to every request first.
/// </summary>
internal sealed record FaultSettings
{
    public static readonly FaultSettings None = new();

    [Range(0, 600_000)]
    public int LatencyMs { get; init; }

    /// <summary>500 with Koha's internal_server_error body.</summary>
    [Range(0.0, 1.0)]
    public double ErrorRate { get; init; }

    /// <summary>200 whose body is cut short and garbled.</summary>
    [Range(0.0, 1.0)]
    public double MalformedRate { get; init; }

    /// <summary>No answer until the client gives up (or 10 minutes pass).</summary>
    [Range(0.0, 1.0)]
    public double TimeoutRate { get; init; }

    /// <summary>429 Too Many Requests with Retry-After.</summary>
    [Range(0.0, 1.0)]
    public double Status429Rate { get; init; }

    [Range(0, 3600)]
    public int RetryAfterSeconds { get; init; } = 1;

    [JsonIgnore]
    public bool IsNone => LatencyMs == 0 && ErrorRate == 0 && MalformedRate == 0 && TimeoutRate == 0 && Status429Rate == 0;
}
